package io.greenloop.identity.web;

import java.util.List;

import io.greenloop.identity.Account;
import io.greenloop.identity.AccountCommands.CreateAccount;
import io.greenloop.identity.AccountCommands.UpdateAccount;
import io.greenloop.identity.AccountProblem;
import io.greenloop.identity.Accounts;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.UnknownAccountException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for administrators. */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "Accounts, roles and data scopes (administrators only)")
class AccountApiController {

	private final Accounts accounts;

	private final CurrentAccount current;

	AccountApiController(Accounts accounts, CurrentAccount current) {
		this.accounts = accounts;
		this.current = current;
	}

	@GetMapping
	@Operation(summary = "Every account")
	List<Account> accounts() {
		return this.accounts.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	@ApiResponse(responseCode = "404", description = "No account has the id")
	Account account(@PathVariable long id) {
		return this.accounts.find(id).orElseThrow(() -> new UnknownAccountException(id));
	}

	@PostMapping
	@Operation(summary = "Create an account; its region is its organisation's")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "A field is missing or refused; the problem names it (field)")
	@ApiResponse(responseCode = "409", description = "The username is taken")
	ResponseEntity<Account> create(@RequestBody CreateAccount command) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.accounts.create(command, this.current.require().username()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account's name, organisation, roles or whether it may log in")
	@ApiResponse(responseCode = "400", description = "A field is missing or refused; the problem names it (field)")
	@ApiResponse(responseCode = "404", description = "No account has the id")
	@ApiResponse(responseCode = "409",
			description = "The last enabled administrator would be disabled or lose the ADMIN role")
	Account update(@PathVariable long id, @RequestBody UpdateAccount command) {
		return this.accounts.update(id, command, this.current.require().username());
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Set a new password")
	@ApiResponse(responseCode = "204", description = "Set")
	@ApiResponse(responseCode = "400", description = "The password is too short")
	@ApiResponse(responseCode = "404", description = "No account has the id")
	ResponseEntity<Void> password(@PathVariable long id, @RequestBody NewPassword body) {
		this.accounts.resetPassword(id, body.password(), this.current.require().username());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(AccountProblem.class)
	ProblemDetail problem(AccountProblem ex) {
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Account not saved");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(UnknownAccountException.class)
	ProblemDetail unknown(UnknownAccountException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * A new password.
	 *
	 * @param password at least 8 characters
	 */
	record NewPassword(String password) {
	}

}
