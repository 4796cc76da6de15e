package com.happinessscouter.simulator;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rich menu calls of the Messaging API (and the image upload of its data API) as the
 * fake LINE answers them, kept in {@link SimulatorRichMenus}. The image can be read back,
 * as from LINE's data API: the simulator page shows it.
 */
@RestController
@Profile("local")
@RequestMapping(path = FakeLineApi.BASE_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class FakeRichMenuApi {

	private final SimulatorRichMenus menus;

	private final ObjectMapper json = new ObjectMapper();

	FakeRichMenuApi(SimulatorRichMenus menus) {
		this.menus = menus;
	}

	@PostMapping("/richmenu")
	ResponseEntity<String> create(@RequestBody byte[] body) throws IOException {
		ObjectNode request = (ObjectNode) this.json.readTree(body);
		if (request.path("chatBarText").asText().length() > 14 || !request.path("areas").isArray()) {
			return error(HttpStatus.BAD_REQUEST, "Invalid rich menu object");
		}
		return ok(this.json.createObjectNode().put("richMenuId", this.menus.create(request)));
	}

	@PostMapping(path = "/richmenu/{id}/content", consumes = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE })
	ResponseEntity<String> image(@PathVariable String id, @RequestBody byte[] image) {
		return this.menus.image(id, image)
			.map((refusal) -> error(HttpStatus.BAD_REQUEST, refusal))
			.orElseGet(() -> ok(this.json.createObjectNode()));
	}

	@GetMapping(path = "/richmenu/{id}/content", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> image(@PathVariable String id) {
		return this.menus.menu(id)
			.filter((menu) -> menu.image() != null)
			.map((menu) -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(menu.image()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/user/all/richmenu/{id}")
	ResponseEntity<String> makeDefault(@PathVariable String id) {
		return answer(this.menus.makeDefault(id));
	}

	@PostMapping("/user/{userId}/richmenu/{id}")
	ResponseEntity<String> link(@PathVariable String userId, @PathVariable String id) {
		return answer(this.menus.link(userId, id));
	}

	@GetMapping("/richmenu/list")
	ResponseEntity<String> list() {
		ObjectNode answer = this.json.createObjectNode();
		ArrayNode list = answer.putArray("richmenus");
		for (SimulatorRichMenus.Menu menu : this.menus.list()) {
			list.add(menu.request().deepCopy().put("richMenuId", menu.id()));
		}
		return ok(answer);
	}

	@DeleteMapping("/richmenu/{id}")
	ResponseEntity<String> delete(@PathVariable String id) {
		return this.menus.delete(id) ? ok(this.json.createObjectNode()) : error(HttpStatus.NOT_FOUND, "Not found");
	}

	private ResponseEntity<String> answer(boolean done) {
		return done ? ok(this.json.createObjectNode())
				: error(HttpStatus.BAD_REQUEST, "The rich menu does not exist or has no image");
	}

	private static ResponseEntity<String> ok(ObjectNode body) {
		return ResponseEntity.ok(body.toString());
	}

	private ResponseEntity<String> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(this.json.createObjectNode().put("message", message).toString());
	}

}
