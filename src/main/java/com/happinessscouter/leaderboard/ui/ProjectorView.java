package com.happinessscouter.leaderboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Board;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.LeaderboardProperties;
import com.happinessscouter.leaderboard.ReceptionShow;
import com.happinessscouter.leaderboard.Reveal;
import com.happinessscouter.leaderboard.ShowState.Stage;
import com.happinessscouter.leaderboard.internal.BoardFeed;
import com.happinessscouter.line.LineProperties;
import com.happinessscouter.tables.Tables;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The reception's big screen (1920x1080, full screen): the top guests moving as scores
 * arrive (server push; rank changes glide) by turns with the photo wall, as the hosts set
 * it ({@link ReceptionShow}); the "latest smiles" strip, the "everyone post now"
 * countdown and, once it ends, the wait for the final reveal and the reveal itself,
 * places N to 1. {@code ?event=id} picks an event; the open one is the default.
 * <p>
 * Layout: the stage (ranking, wall, reveal) and beside it {@code #board-side} with the
 * table teams' ranking; it takes room only when the event has tables.
 */
@Route(value = "board", autoLayout = false)
@RolesAllowed({ "ADMIN", "HOST" })
@StyleSheet("styles/show.css")
public class ProjectorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final BoardFeed feed;

	private final Events events;

	private final ReceptionShow show;

	private final LeaderboardProperties.Show settings;

	private final Clock clock;

	private final H1 title = new H1();

	private final Div couple = new Div();

	private final Div countdown = new Div();

	private final Div empty = new Div();

	private final Div waiting = new Div();

	private final RankingPanel ranking;

	private final WallPanel wall;

	private final RevealPanel reveal;

	private final LatestStrip strip;

	/** Beside the guests' ranking: the tables' (when the event has tables). */
	private final Div side = new Div();

	private final TableRankingPanel tables;

	private String eventId;

	private Runnable stopWatching;

	public ProjectorView(Leaderboard leaderboard, BoardFeed feed, Events events, ReceptionShow show,
			LineProperties line, Tables tables, Clock clock) {
		this.feed = feed;
		this.events = events;
		this.show = show;
		this.settings = show.properties().show();
		this.clock = clock;
		BoardTexts texts = new BoardTexts(leaderboard, this);
		this.ranking = new RankingPanel(texts, leaderboard.properties().top());
		this.wall = new WallPanel(texts, new WallRotation(this.settings.wallPage(), this.settings.wallPhotos()));
		this.reveal = new RevealPanel(texts);
		this.strip = new LatestStrip(leaderboard);
		this.tables = new TableRankingPanel(texts, tables.properties().shown(), tables.properties().minMembers());
		addClassName("board");
		setId("board");
		this.title.addClassName("board-title");
		this.couple.addClassName("board-couple");
		this.countdown.addClassName("board-countdown");
		this.countdown.setId("board-countdown");
		this.empty.addClassName("board-empty");
		this.empty.setId("board-empty");
		this.waiting.addClassName("board-waiting");
		this.waiting.setId("board-waiting");
		this.side.addClassName("board-side");
		this.side.setId("board-side");
		Div stage = new Div(this.empty, this.ranking, this.waiting, this.wall, this.reveal);
		stage.addClassName("board-stage");
		Div main = new Div(stage, this.side);
		main.addClassName("board-main");
		Div header = new Div(new Div(this.title, this.couple), this.countdown);
		header.addClassName("board-header");
		Button fullScreen = new Button(getTranslation("board.full-screen"),
				(click) -> getElement().executeJs("document.documentElement.requestFullscreen()"));
		fullScreen.addClassName("board-full-screen");
		add(header, main, this.strip, fullScreen);
		line.joinUrl().ifPresent((url) -> {
			Div join = new Div(QrImages.of(url, getTranslation("board.join")), new Span(getTranslation("board.join")));
			join.addClassName("board-join");
			add(join);
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.eventId = ShownEvent.id(event, this.events).orElse(null);
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
		Stage stage = board.show()
			.stage(event, now, !board.wall().isEmpty(), this.settings.ranking(), this.settings.wall());
		if (stage != Stage.WAITING && stage != Stage.REVEAL) {
			this.ranking.show(board.standings());
		}
		boolean wallShown = (stage == Stage.WALL || stage == Stage.WAITING) && this.wall.show(now, board.wall());
		this.ranking.setVisible(stage == Stage.RANKING);
		this.empty.setVisible(stage == Stage.RANKING && board.standings().isEmpty());
		this.empty.setText(getTranslation("board.empty"));
		this.wall.setVisible(wallShown);
		this.waiting.setVisible(stage == Stage.WAITING);
		this.waiting.setText(getTranslation("board.waiting"));
		this.reveal.setVisible(stage == Stage.REVEAL);
		if (stage == Stage.REVEAL) {
			showReveal(board, event, now);
		}
		this.strip.setVisible(stage == Stage.RANKING || stage == Stage.WALL);
		showTables(board, stage == Stage.RANKING || stage == Stage.WALL);
		this.strip.show(board.recent());
		getElement().setAttribute("data-stage", stage.name().toLowerCase(Locale.ROOT));
	}

	/** The table ranking takes the side column only when the event has tables. */
	private void showTables(Board board, boolean shown) {
		if (shown && board.event().hasTables()) {
			if (this.tables.getParent().isEmpty()) {
				this.side.add(this.tables);
			}
			this.tables.show(board.tables());
		}
		else {
			this.side.removeAll();
		}
	}

	private void showReveal(Board board, WeddingEvent event, Instant now) {
		Reveal on = board.show().revealOf(event, now);
		int places = Math.min(this.show.places(), board.standings().size());
		this.reveal.show(board.standings(), places, on.revealed(now, places, this.settings.revealStep()));
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

}
