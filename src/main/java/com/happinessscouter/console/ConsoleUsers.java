package com.happinessscouter.console;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign in to the console ({@code app.console.users[0].name}, {@code …password},
 * {@code …role}). Passwords are hashes in Spring Security's delegating format, e.g.
 * <code>{bcrypt}$2a$10$…</code>; a plain password is refused.
 *
 * @param users at least one, and at least one ADMIN
 */
@Validated
@ConfigurationProperties("app.console")
public record ConsoleUsers(@Valid @NotEmpty(
		message = "app.console.users (APP_CONSOLE_USERS_0_NAME, _PASSWORD, _ROLE) must list at least one ADMIN") List<User> users) {

	public ConsoleUsers {
		if (users != null && users.stream().noneMatch((u) -> "ADMIN".equals(u.role()))) {
			throw new IllegalArgumentException("app.console.users must list at least one user with role ADMIN");
		}
	}

	/**
	 * @param name the sign-in name
	 * @param password the password hash with its {@code {id}} prefix
	 * @param role ADMIN or HOST
	 */
	public record User(@NotBlank String name, @NotBlank @Pattern(regexp = "^\\{(bcrypt|argon2|pbkdf2|scrypt)[^}]*}.+",
			message = "must be a hash such as {bcrypt}$2a$10$...; plain passwords are not accepted") String password,
			@Pattern(regexp = "ADMIN|HOST", message = "must be ADMIN or HOST") String role) {

		@Override
		public String toString() {
			return "User[name=" + this.name + ", role=" + this.role + ", password=***]";
		}

	}

}
