package com.happinessscouter.console;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The console: who may sign in ({@code app.console.users[0].name}, {@code …password},
 * {@code …role}) and the zone its times are shown in. Passwords are hashes in Spring
 * Security's delegating format, e.g. <code>{bcrypt}$2a$10$…</code>; a plain password is
 * refused.
 *
 * @param users at least one, and at least one ADMIN
 * @param zone the zone every console page enters and shows times in (event windows,
 * audit, status, guests): one setting, {@code app.console.zone}
 */
@Validated
@ConfigurationProperties("app.console")
public record ConsoleProperties(@Valid @NotEmpty(
		message = "app.console.users (APP_CONSOLE_USERS_0_NAME, _PASSWORD, _ROLE) must list at least one ADMIN") List<User> users,
		@NotNull(message = "app.console.zone (APP_CONSOLE_ZONE) must be set") ZoneId zone) {

	public ConsoleProperties {
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
