package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.TransferApprovals;
import io.greenloop.waste.TransferApprovals.ApplyForTransfer;
import io.greenloop.waste.TransferApprovals.Opinion;
import io.greenloop.waste.TransferApprovals.TransferApprovalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cross-province transfer approvals",
		description = "Applications to transfer hazardous waste to another province and their approval "
				+ "(危险废物转移管理办法 第二十一条至第二十八条), each step with its working-day deadline")
class TransferApprovalApiController {

	private final TransferApprovals approvals;

	TransferApprovalApiController(TransferApprovals approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/api/waste/transfer-approvals")
	@Operation(summary = "The applications the caller sees: its own, or its region's")
	List<TransferApprovalView> list() {
		return this.approvals.list();
	}

	@PostMapping("/api/waste/transfer-approvals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The 移出人 applies (第二十二条)")
	TransferApprovalView apply(@RequestBody ApplyForTransfer command) {
		return this.approvals.apply(command);
	}

	@GetMapping("/api/waste/transfer-approvals/{id}")
	@Operation(summary = "One application with its next step, deadline and whether it is overdue")
	TransferApprovalView get(@PathVariable long id) {
		return this.approvals.get(id);
	}

	@PostMapping("/api/waste/transfer-approvals/{id}/accept")
	@Operation(summary = "The origin province accepts the application (第二十三条)")
	TransferApprovalView accept(@PathVariable long id) {
		return this.approvals.accept(id);
	}

	@PostMapping("/api/waste/transfer-approvals/{id}/return")
	@Operation(summary = "The origin province returns an incomplete application with all that is missing (第二十三条)")
	TransferApprovalView returnForCompletion(@PathVariable long id, @RequestBody Opinion opinion) {
		return this.approvals.returnForCompletion(id, opinion);
	}

	@PostMapping("/api/waste/transfer-approvals/{id}/origin-review")
	@Operation(summary = "The origin province's review; agreeing sends the 商请函 (第二十四条)")
	TransferApprovalView originReview(@PathVariable long id, @RequestBody Opinion opinion) {
		return this.approvals.originReview(id, opinion);
	}

	@PostMapping("/api/waste/transfer-approvals/{id}/destination-reply")
	@Operation(summary = "The destination province's reply (第二十五条)")
	TransferApprovalView destinationReply(@PathVariable long id, @RequestBody Opinion opinion) {
		return this.approvals.destinationReply(id, opinion);
	}

	@PostMapping("/api/waste/transfer-approvals/{id}/decide")
	@Operation(summary = "The origin province's decision (第二十六条), valid as 第二十七条 bounds it")
	TransferApprovalView decide(@PathVariable long id, @RequestBody Opinion opinion) {
		return this.approvals.decide(id, opinion);
	}

}
