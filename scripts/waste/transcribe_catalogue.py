"""Transcribes the 国家危险废物名录（2021 年版） tables from the official PDF into TSV resources.

Usage: python3 scripts/waste/transcribe_catalogue.py /work/shared/standards/gjwxfwml2021.pdf
Needs pdfplumber. Writes src/main/resources/waste/hw-catalogue-2021.tsv and hw-exemptions-2021.tsv.
The result is checked against the official text by HazardousWasteListTests.

Merged cells of the 行业来源 column are split over several rows and repeated on each page, so the
industry source is assembled per group of consecutive rows sharing category and industry code.
"""
import re
import sys

import pdfplumber

CODE = re.compile(r'\d{3}-\d{3}-\d{2}')
OUT = 'src/main/resources/waste/'


def flat(text):
    return (text or '').replace('\n', '').strip()


def catalogue_rows(pages):
    for page in pages:
        for table in page.extract_tables():
            if not table or table[0][0] != '废物类别':
                continue
            for row in table[1:]:
                k = next((j for j, c in enumerate(row) if c and CODE.fullmatch(c.strip())), None)
                if k is None:
                    yield None, flat(''.join(c for c in row if c)), None, None
                else:
                    yield row[k].strip(), flat(''.join(c for c in row[1:k] if c)), flat(row[k + 1]), flat(row[-1])


def catalogue(pages):
    groups = []
    for code, source, description, hazard in catalogue_rows(pages):
        if code:
            key = (code[:3], code[-2:])
            if not groups or groups[-1]['key'] != key:
                groups.append({'key': key, 'rows': [], 'source': ''})
            groups[-1]['rows'].append((code, description, hazard))
        if source and source != groups[-1]['source']:
            groups[-1]['source'] += source
    for g in groups:
        if not g['source']:
            raise SystemExit('no industry source for %s' % (g['key'],))
        for code, description, hazard in g['rows']:
            yield code, g['source'], description, hazard


def codes_or_text(cell):
    parts = (cell or '').split()
    return ' '.join(parts) if all(CODE.fullmatch(p) for p in parts) else flat(cell)


def exemptions(pages):
    entry = code = waste = None
    for page in pages:
        for table in page.extract_tables():
            if not table or table[0][0] != '序号':
                continue
            for row in table[1:]:
                if row[0]:
                    entry, code, waste = flat(row[0]), codes_or_text(row[1]), flat(row[2])
                elif row[2]:
                    waste = flat(row[2])
                yield entry, code, waste, flat(row[3]), flat(row[4]), flat(row[5])


def write(name, header, rows):
    with open(OUT + name, 'w', encoding='utf-8') as out:
        out.write('\t'.join(header) + '\n')
        for row in rows:
            out.write('\t'.join(row) + '\n')


def main(path):
    pdf = pdfplumber.open(path)
    rows = list(catalogue(pdf.pages))
    write('hw-catalogue-2021.tsv', ('code', 'industry_source', 'description', 'hazard'), rows)
    write('hw-exemptions-2021.tsv', ('entry', 'code_or_category', 'waste', 'stage', 'condition', 'exemption'),
          exemptions(pdf.pages))
    print(len(rows), 'wastes')


if __name__ == '__main__':
    main(sys.argv[1])
