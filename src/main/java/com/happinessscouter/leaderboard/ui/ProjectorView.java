package com.happinessscouter.leaderboard.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Board;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.Showcased;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.leaderboard.internal.BoardFeed;
import com.happinessscouter.line.LineProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The reception's big screen (1920x1080, full screen): the top guests moving as scores
 * arrive (server push; rank changes glide), the "latest smiles" strip, the "everyone post
 * now" countdown and, once it ends, the winners. {@code ?event=id} picks an event; the
 * open one is the default.
 */
@Route(value = "board", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
public class ProjectorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final int SCROLLING_STRIP = 6;

	private final Leaderboard leaderboard;

	private final BoardFeed feed;

	private final Events events;

	private final Clock clock;

	private final Optional<String> joinUrl;

	private final H1 title = new H1();

	private final Div couple = new Div();

	private final Div countdown = new Div();

	private final Div list = new Div();

	private final Div winners = new Div();

	private final Div strip = new Div();

	private final Div empty = new Div();

	private final Map<String, BoardRow> rows = new HashMap<>();

	private String eventId;

	private Runnable stopWatching;

	private Board shown;

	private List<String> stripShown = List.of();

	private boolean frozenShown;

	public ProjectorView(Leaderboard leaderboard, BoardFeed feed, Events events, LineProperties line, Clock clock) {
		this.clock = clock;
		this.leaderboard = leaderboard;
		this.feed = feed;
		this.events = events;
		this.joinUrl = line.joinUrl();
		addClassName("board");
		setId("board");
		this.title.addClassName("board-title");
		this.couple.addClassName("board-couple");
		this.countdown.addClassName("board-countdown");
		this.countdown.setId("board-countdown");
		this.list.addClassName("board-list");
		this.list.setId("board-list");
		this.list.getStyle().set("--rows", Integer.toString(leaderboard.properties().top()));
		this.winners.addClassName("board-winners");
		this.winners.setId("board-winners");
		this.strip.addClassName("board-strip");
		this.strip.setId("board-strip");
		this.empty.addClassName("board-empty");
		this.empty.setId("board-empty");
		Button fullScreen = new Button(getTranslation("board.full-screen"),
				(click) -> getElement().executeJs("document.documentElement.requestFullscreen()"));
		fullScreen.addClassName("board-full-screen");
		Div header = new Div(new Div(this.title, this.couple), this.countdown);
		header.addClassName("board-header");
		add(header, this.empty, this.list, this.winners, this.strip, fullScreen);
		this.joinUrl.ifPresent((url) -> {
			Div join = new Div(QrImages.of(url, getTranslation("board.join")), new Span(getTranslation("board.join")));
			join.addClassName("board-join");
			add(join);
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("event", List.of());
		this.eventId = asked.isEmpty() ? this.events.current().map(WeddingEvent::id).orElse(null) : asked.get(0);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("board.page-title");
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		if (this.eventId == null) {
			this.title.setText(getTranslation("board.no-event"));
			return;
		}
		UI ui = attach.getUI();
		this.stopWatching = this.feed.watch(this.eventId, (board) -> ui.access(() -> show(board)));
	}

	@Override
	protected void onDetach(DetachEvent detach) {
		if (this.stopWatching != null) {
			this.stopWatching.run();
			this.stopWatching = null;
		}
	}

	private void show(Board board) {
		Instant now = this.clock.instant();
		WeddingEvent event = board.event();
		this.title.setText(event.name());
		this.couple.setText(event.couple());
		showCountdown(event, now);
		boolean frozen = event.frozen(now);
		this.empty.setVisible(!frozen && board.standings().isEmpty());
		this.empty.setText(getTranslation("board.empty"));
		this.list.setVisible(!frozen);
		this.winners.setVisible(frozen);
		this.strip.setVisible(!frozen);
		if (this.shown == null || !this.shown.standings().equals(board.standings()) || frozen != this.frozenShown) {
			this.frozenShown = frozen;
			if (frozen) {
				showWinners(board.standings());
			}
			else {
				showStandings(board.standings());
			}
		}
		showStrip(board.recent());
		this.shown = board;
	}

	private void showCountdown(WeddingEvent event, Instant now) {
		this.countdown.removeClassNames("running", "over");
		if (event.countingDown(now)) {
			Duration left = event.countdownLeft(now).plusMillis(999);
			this.countdown.setText(getTranslation("board.countdown",
					String.format("%d:%02d", left.toMinutes(), left.toSecondsPart())));
			this.countdown.addClassName("running");
		}
		else if (event.frozen(now)) {
			this.countdown.setText(getTranslation("board.final"));
			this.countdown.addClassName("over");
		}
		else {
			this.countdown.setText("");
		}
	}

	private void showStandings(List<Standing> standings) {
		Map<String, Standing> now = new HashMap<>();
		standings.forEach((standing) -> now.put(standing.userId(), standing));
		this.rows.keySet().removeIf((userId) -> {
			if (!now.containsKey(userId)) {
				this.rows.get(userId).removeFromParent();
				return true;
			}
			return false;
		});
		for (Standing standing : standings) {
			BoardRow row = this.rows.computeIfAbsent(standing.userId(), (userId) -> {
				BoardRow created = new BoardRow();
				this.list.add(created);
				return created;
			});
			row.show(standing, name(standing), power(standing.power()), this::photo);
		}
	}

	private void showWinners(List<Standing> standings) {
		this.winners.removeAll();
		Div title = new Div(getTranslation("board.winners"));
		title.addClassName("board-winners-title");
		Div podium = new Div();
		podium.addClassName("board-podium");
		for (Standing standing : standings.subList(0, Math.min(3, standings.size()))) {
			Div card = new Div();
			card.addClassNames("board-winner", "place-" + standing.rank());
			card.add(new Div(getTranslation("board.place", standing.rank())));
			Image photo = photo(standing.photoS3Key());
			if (photo != null) {
				card.add(photo);
			}
			Div name = new Div(name(standing));
			name.addClassName("board-winner-name");
			Div power = new Div(power(standing.power()));
			power.addClassName("board-winner-power");
			card.add(name, power);
			podium.add(card);
		}
		this.winners.add(title, podium);
	}

	private void showStrip(List<Showcased> recent) {
		List<String> ids = recent.stream().map((photo) -> photo.userId() + "#" + photo.imageId()).toList();
		if (ids.equals(this.stripShown)) {
			return;
		}
		this.stripShown = ids;
		this.strip.removeAll();
		if (recent.isEmpty()) {
			return;
		}
		Div track = new Div();
		track.addClassName("board-strip-track");
		// a long strip scrolls (two copies make the loop seamless); a short one stands
		// still
		boolean scrolls = recent.size() >= SCROLLING_STRIP;
		track.setClassName("still", !scrolls);
		for (int copy = 0; copy < (scrolls ? 2 : 1); copy++) {
			for (Showcased photo : recent) {
				Image image = new Image(this.leaderboard.photoUrl(photo.s3Key()), getTranslation("board.photo"));
				image.addClassName("board-strip-photo");
				track.add(image);
			}
		}
		this.strip.add(new Span(getTranslation("board.latest")), track);
	}

	private String name(Standing standing) {
		if (standing.anonymous()) {
			return getTranslation("board.anonymous");
		}
		return standing.displayName().isBlank() ? getTranslation("board.guest") : standing.displayName();
	}

	private String power(long power) {
		return NumberFormat.getIntegerInstance(getLocale()).format(power);
	}

	private Image photo(String s3Key) {
		if (s3Key == null) {
			return null;
		}
		Image image = new Image(this.leaderboard.photoUrl(s3Key), getTranslation("board.photo"));
		image.addClassName("board-photo");
		return image;
	}

}
