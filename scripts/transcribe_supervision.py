#!/usr/bin/env python3
"""Transcribes the tasks and projects of the seed documents into src/main/resources/supervision/*.yaml.

The supervision module loads those files, not the seeds: a transcription can be read, reviewed and corrected,
and the Java loader and tests check every quote against the seed lines it cites. This script made the first
transcription; what it cannot read (the damaged project rows, the unit names inside the 任务分工 sentences)
is set in the CORRECTIONS below, so running it again gives the same files.

Usage: python3 scripts/transcribe_supervision.py
"""
import os
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "src/main/resources/seeds")
OUT = os.path.join(ROOT, "src/main/resources/supervision")
ELISION = " … "

DOCS = {code: name for name in os.listdir(SEEDS) for code in [name[:3]]}


def lines_of(plan):
    with open(os.path.join(SEEDS, DOCS[plan]), encoding="utf-8") as f:
        return f.read().split("\n")


def squeeze(text):
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- 003: 任务清单 and 项目清单

VERBS = re.compile(r"(共同负责|具体负责|分别配合|负责|作为|配合|参与|提供|落实|统筹|将“|牵头)")

# unit texts (ResponsibilityText input) where the 任务分工 sentence does not yield them cleanly
UNIT_CORRECTIONS = {
    ("003-1.01", "responsible"): ("经济技术开发区管委会、和林格尔新区管委会；各旗县区人民政府", ["各相关部门"]),
    ("003-2.08", "responsible"): ("市工业和信息化局、生态环境局、发展和改革委员会", ["固体废物综合利用企业"]),
    ("003-2.09", "responsible"): ("市发展和改革委员会；市生态环境局；市自然资源局", []),
    ("003-3.08", "responsible"): ("市乡村振兴局、城市管理综合执法局；市农牧局；市供销社；市生态环境局", []),
    ("003-4.04", "responsible"): ("市生态环境局", ["各旗县区、经济技术开发区、高新区"]),
    ("003-4.05", "responsible"): ("市商务局、供销社、住房和城乡建设局；市邮政管理局", ["各旗县区、经济技术开发区、高新区"]),
    ("003-4.06", "lead"): ("市城市管理综合执法局", []),
    ("003-5.01", "lead"): ("市城市管理综合执法局", []),
    ("003-2.01", "responsible"): ("市自然资源局；土默特左旗、武川县、和林格尔县、托克托县、清水河县人民政府", []),
    ("003-2.12", "responsible"): ("市住房和城乡建设局、交通运输局、园林建设服务中心", []),
}

UNIT_NOTES = {
    "003-2.01": "牵头单位原文为“市委改革委员会”，照录。",
    "003-2.08": "责任单位一栏原文残缺（“……固体废物综合利用企业建设和推进”），“固体废物综合利用企业”不是单位，作集体提及保留。",
    "003-2.09": "原文“市自然资源源局”按市自然资源局读取。",
    "003-3.08": "责任单位一栏原文残缺（“城市生活垃圾回收”前缺谓语），按其中列出的单位读取。",
    "003-4.05": "责任单位一栏原文残缺（“再生资源回收体系建设”前缺谓语），按其中列出的单位读取。",
    "003-4.06": "原文“市城市管理局综合执法局”按市城市管理综合执法局读取。",
    "003-5.01": "原文“市城市管理局综合执法局”按市城市管理综合执法局读取。",
}

COLLECTIVE = re.compile(r"各旗县区人民政府|各相关旗县区人民政府|各项目所在旗县区|各相关部门|各有关部门")


def units_of(cell):
    """The unit names before the verb of each clause of a 任务分工 cell, and the collective mentions in it."""
    if cell in ("—", "-", ""):
        return None, []
    names, collective = [], []
    for clause in re.split("；", cell.rstrip("。")):
        clause = clause.strip()
        if not clause:
            continue
        match = VERBS.search(clause)
        head = clause[:match.start()] if match else clause
        head = head.rstrip("，, ")
        found = COLLECTIVE.search(head)
        if found and found.group(0) != "各旗县区人民政府":
            collective.append(found.group(0))
            continue
        if head:
            names.append(head)
    return "；".join(names) or None, collective


def tasks_003():
    lines = lines_of("003")
    start = next(i for i, l in enumerate(lines) if l.strip() == "任务清单")
    end = next(i for i, l in enumerate(lines) if l.strip() == "项目清单")
    group, group_no, tasks = None, 0, []
    for i in range(start, end):
        cells = lines[i].split("\t")
        if len(cells) == 6 and all(c == "" for c in cells[1:]) and cells[0]:
            group, group_no = cells[0], group_no + 1
            continue
        if not re.fullmatch(r"\d+", cells[0]):
            continue
        seq, name, content, lead, responsible, schedule = cells
        code = f"003-{group_no}.{int(seq):02d}"
        task = {"code": code, "group": group, "seq": int(seq), "name": name, "content": content,
                "lead": None if lead == "—" else lead, "responsible": None if responsible == "—" else responsible,
                "schedule": schedule}
        for field, cell in (("lead", lead), ("responsible", responsible)):
            units, collective = UNIT_CORRECTIONS.get((code, field)) or units_of(cell)
            task[field + "Units"] = units
            if collective:
                task[field + "Collective"] = collective
        if code in UNIT_NOTES:
            task["note"] = UNIT_NOTES[code]
        task["source"] = {"lines": [i + 1, i + 1], "quote": lines[i]}
        tasks.append(task)
    return tasks


PROJECT_CORRECTIONS = {
    1: {"name": "武川县历史遗留固废治理项目"},
    2: {"name": "50万吨粉煤灰综合利用80万立方米混凝土加气块项目",
        "review": ["项目名称在原文中残缺（PDF 转换丢字：“50 万吨粉煤 综合利 80 万立 土加 项目”）；清理后的名称据工程建设内容补全，待核对。"]},
    3: {"name": "年产40万吨建筑石膏粉（脱硫石膏综合利用）项目"},
    4: {"name": "内蒙古百奥恒再生资源有限公司固废综合利用项目"},
    5: {"review": ["责任单位原文为“清水县人民政府”，应为清水河县人民政府，待核对。"]},
}


def projects_003():
    lines = lines_of("003")
    start = next(i for i, l in enumerate(lines) if l.strip() == "项目清单")
    projects = []
    for i in range(start, len(lines)):
        cells = lines[i].split("\t")
        if not re.fullmatch(r"\d+", cells[0]):
            continue
        seq = int(cells[0])
        name, content, unit, investment, benefit, deadline = cells[1:7]
        fix = PROJECT_CORRECTIONS.get(seq, {})
        clean = fix.get("name", squeeze(name))
        project = {"code": f"003-P{seq:02d}", "seq": seq, "name": clean}
        if clean != name:
            project["sourceName"] = name
        project.update({"content": re.sub(r"(?<=[\u4e00-\u9fff，、。]) (?=[\u4e00-\u9fff，、。])", "", content),
                        "unit": squeeze(unit), "investment": squeeze(investment), "benefit": benefit,
                        "deadline": squeeze(deadline)})
        if "review" in fix:
            project["review"] = fix["review"]
        project["source"] = {"lines": [i + 1, i + 1], "quote": lines[i]}
        projects.append(project)
    return projects


# ---------------------------------------------------------------- 000: 第四章 重点工程与专项行动

ARTEFACTS_000 = [r"字体: （默认）宋体, （中", r"文）宋体, 四号", r"<sp>删除\[刘锦瑞:文印室排版\]:"]

UNITS_000 = {
    "城市废旧物资循环利用体系建设工程": ("发改委、商务厅", "自然资源厅、工业和信息化厅、住建厅等部门"),
    "园区循环化发展工程": ("发改委", "工业和信息化厅"),
    "大宗固废综合利用示范工程": ("发改委、工业和信息化厅", "生态环境厅、农牧厅、林草局等过部门"),
    "循环经济关键技术与装备创新工程": ("科技厅", "发改委等部门"),
    "再制造产业高质量发展行动": ("发改委、工业和信息化厅", "有关部门"),
    "塑料污染全链条治理专项行动": ("发改委、生态环境厅", "工业和信息化厅、商务厅、住建厅、农牧厅、市场监管局、邮政管理局、供销社等部门"),
    "快递包装绿色转型推进行动": ("邮政管理局", "发改委、工业和信息化厅、生态环境厅、交通厅、商务厅、市场监管局等部门"),
}


def clean_lines(lines, first, last, artefacts):
    """Content (artefacts removed) and quote (fragments around artefacts) of lines first..last (0-based)."""
    pattern = re.compile("|".join(artefacts)) if artefacts else None
    fragments, current, content = [], "", ""
    for line in lines[first:last + 1]:
        parts = pattern.split(line) if pattern else [line]
        for n, part in enumerate(parts):
            if n > 0:
                if squeeze(current):
                    fragments.append(current)
                current = ""
            current += part
            content += part
    if squeeze(current):
        fragments.append(current)
    quote = ELISION.join(squeeze(f) for f in fragments)
    return squeeze(content), quote


def tasks_000():
    lines = lines_of("000")
    chapter = next(i for i, l in enumerate(lines) if "第四章 重点工程与专项行动" in l)
    chapter_end = next(i for i, l in enumerate(lines) if "第五章 保障措施" in l)
    heads = [i for i in range(chapter, chapter_end) if re.match(r"^[一二三四五六七]、", lines[i].strip())]
    units_line = next(i for i, l in enumerate(lines) if l.startswith("其中，城市废旧物资"))
    units_end = next(i for i in range(units_line, len(lines)) if lines[i].rstrip().endswith("组织实施。"))
    units_text = squeeze("".join(lines[units_line:units_end + 1]))
    tasks, projects = [], []
    for n, head in enumerate(heads):
        end = (heads[n + 1] if n + 1 < len(heads) else chapter_end) - 1
        while not lines[end].strip():
            end -= 1
        title = lines[head].strip()[2:]
        content, quote = clean_lines(lines, head + 1, end, ARTEFACTS_000)
        lead, partners = UNITS_000[title]
        sentence = f"{title}由{lead}会同{partners}组织实施"
        if squeeze(sentence) not in units_text:
            raise SystemExit(f"000: {sentence} is not in lines {units_line + 1}-{units_end + 1}")
        code = f"000-K{n + 1}"
        task = {"code": code, "group": "第四章 重点工程与专项行动", "seq": n + 1, "name": title, "content": content,
                "lead": lead, "responsible": partners, "leadUnits": lead, "responsibleUnits": partners,
                "source": {"lines": [head + 1, end + 1], "quote": squeeze(lines[head]) + ELISION + quote},
                "unitsSource": {"lines": [units_line + 1, units_end + 1], "quote": sentence}}
        if partners.endswith("部门"):
            task["responsibleCollective"] = [re.search(r"(等过部门|等部门|有关部门)$", partners).group(1)]
        tasks.append(task)
        projects.append({"code": f"000-P{n + 1}", "seq": n + 1, "name": title, "content": content,
                         "unit": lead, "source": task["source"]})
    return tasks, projects


# ---------------------------------------------------------------- 001 and 002: one task per measure paragraph

SECTION = re.compile(r"^（([一二三四五六七八九十]+)）(.*?)。?$")
CHAPTER = re.compile(r"^([一二三四五六七])、(.*)$")
ARTEFACT_LINE = re.compile(r"^(uos|- \d+ -)$")


def measures(plan):
    lines = lines_of(plan)
    found = []
    chapter, section, current, previous = None, None, None, None
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("附件"):
            break
        chap = CHAPTER.match(line)
        if chap and len(line) < 30:
            chapter, section, current = chap.group(2), None, None
            continue
        sec = SECTION.match(line)
        if sec and len(line) < 30:
            section, current = line.rstrip("。"), None
            continue
        if section is None or chapter in ("总体要求", "组织落实"):
            continue
        if ARTEFACT_LINE.match(line):
            if current is not None:
                current["artefact"] = True
            continue
        if current is None or new_paragraph(plan, previous, len(current["lines"]) == 1, line):
            current = {"chapter": chapter, "section": section, "lines": []}
            found.append(current)
        current["lines"].append(i)
        previous = line
    tasks = []
    for m in found:
        first, last = m["lines"][0], m["lines"][-1]
        texts = [lines[i] for i in m["lines"]]
        content = squeeze("".join(texts))
        # a page-number or stray line inside the paragraph: the quote skips it
        quote, fragment = [], ""
        for i in range(first, last + 1):
            if ARTEFACT_LINE.match(lines[i].strip()):
                if fragment:
                    quote.append(fragment)
                fragment = ""
            else:
                fragment += squeeze(lines[i])
        quote.append(fragment)
        name = re.split(r"[，。；]", content)[0]
        tasks.append({"code": f"{plan}-L{first + 1:04d}", "group": f"{m['chapter']} / {m['section']}",
                      "name": name, "content": content, "lead": None, "responsible": None,
                      "source": {"lines": [first + 1, last + 1], "quote": ELISION.join(quote)}})
    return tasks


def new_paragraph(plan, previous, previous_first, line):
    if plan == "002":
        # one paragraph a line, except where the conversion broke one ("，以标杆引领…")
        return previous.endswith("。")
    # 001 is wrapped at 28 characters and a paragraph's first line is indented (26): a paragraph ends on a
    # sentence that does not fill its line, or where the next line is indented
    return previous.endswith("。") and (len(previous) < (26 if previous_first else 28) or len(line) <= 26)


# ---------------------------------------------------------------- writing

class Dumper(yaml.SafeDumper):
    pass


def str_presenter(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"' if "\t" in data else None)


Dumper.add_representer(str, str_presenter)


def write(name, header, body):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        yaml.dump(body, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10000)
    print(path, sum(len(v) for v in body.values() if isinstance(v, list)))


def main():
    os.makedirs(OUT, exist_ok=True)
    t000, p000 = tasks_000()
    write("tasks-000.yaml", "# 000 第四章 重点工程与专项行动: the seven key projects and actions, with the units of the "
          "implementation paragraph.\n# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "000", "document": DOCS["000"], "region": "150000", "tasks": t000})
    write("tasks-001.yaml", "# 001 具体措施: one task per measure paragraph of chapters 一-六. The task-division "
          "attachment (001:831-833) is not in the seed:\n# every task starts without units, for an administrator "
          "to assign.\n# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "001", "document": DOCS["001"], "region": "150000", "unitsMissing": True,
           "tasks": measures("001")})
    write("tasks-002.yaml", "# 002 重点任务分工方案: one task per measure paragraph of chapters 二-六. The unit-division "
          "attachment (002:215) is not in the seed:\n# every task starts without units, for an administrator to "
          "assign.\n# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "002", "document": DOCS["002"], "region": "150600", "unitsMissing": True,
           "tasks": measures("002")})
    write("tasks-003.yaml", "# 003 附件5 任务清单: 59 tasks in six groups, each a row of the table.\n"
          "# lead/responsible are the cells verbatim; leadUnits/responsibleUnits the units named in them, as "
          "ResponsibilityText reads them;\n# *Collective the mentions that name no single unit.\n"
          "# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "003", "document": DOCS["003"], "region": "150100", "tasks": tasks_003()})
    write("projects-000.yaml", "# 000 第四章: the seven key projects and actions as projects (the plan gives no "
          "investment).\n# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "000", "document": DOCS["000"], "region": "150000", "projects": p000})
    write("projects-003.yaml", "# 003 附件6 项目清单: 24 projects. Rows 1-4 were converted from the PDF with their "
          "cells broken by spaces;\n# row 2's name lost characters. name is cleaned, sourceName as printed.\n"
          "# Generated by scripts/transcribe_supervision.py; correct it there.\n",
          {"plan": "003", "document": DOCS["003"], "region": "150100", "projects": projects_003()})


if __name__ == "__main__":
    main()
