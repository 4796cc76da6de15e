package com.happinessscouter.leaderboard.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Board;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.LeaderboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Feeds open big screens: every {@link LeaderboardProperties#refresh()} the board of each
 * event someone watches is read once from the table (so scores written by other instances
 * appear too) and handed to its screens; a score ranked by this instance is handed over
 * at once. Nothing is read while no screen is open.
 */
@Component
public class BoardFeed implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);

	private final Leaderboard leaderboard;

	private final Events events;

	private final Map<String, List<Consumer<Board>>> screens = new ConcurrentHashMap<>();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "board-feed");
		thread.setDaemon(true);
		return thread;
	});

	private volatile long failures;

	BoardFeed(Leaderboard leaderboard, Events events, LeaderboardProperties properties) {
		this.leaderboard = leaderboard;
		this.events = events;
		long period = properties.refresh().toMillis();
		this.ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * Hands {@code screen} the event's board now and after every change, until the
	 * returned action is run.
	 */
	public Runnable watch(String eventId, Consumer<Board> screen) {
		this.screens.computeIfAbsent(eventId, (id) -> new CopyOnWriteArrayList<>()).add(screen);
		nudge(eventId);
		return () -> this.screens.computeIfPresent(eventId, (id, list) -> {
			list.remove(screen);
			return list.isEmpty() ? null : list;
		});
	}

	/** The board of {@code eventId} changed here: read and hand it over now. */
	public void nudge(String eventId) {
		if (this.screens.containsKey(eventId)) {
			this.ticker.execute(() -> tick(eventId));
		}
	}

	/**
	 * The periodic read. Nothing may escape it: a scheduled task that throws is never run
	 * again, and every screen would keep its last board for the rest of the reception.
	 */
	private void tick() {
		for (String eventId : this.screens.keySet()) {
			try {
				tick(eventId);
			}
			catch (RuntimeException | Error ex) {
				log.error("board of event {} not refreshed; the feed goes on", eventId, ex);
			}
		}
	}

	private void tick(String eventId) {
		List<Consumer<Board>> watching = this.screens.get(eventId);
		if (watching == null) {
			return;
		}
		try {
			WeddingEvent event = this.events.find(eventId).orElse(null);
			if (event == null) {
				return;
			}
			Board board = this.leaderboard.board(event);
			this.failures = 0;
			for (Consumer<Board> screen : watching) {
				hand(screen, board);
			}
		}
		catch (RuntimeException ex) {
			if (this.failures++ % 30 == 0) {
				log.warn("board of event {} not refreshed (screens keep the last one): {}", eventId, ex.toString());
			}
		}
	}

	/** One screen's failure is its own: the others still get the board. */
	private static void hand(Consumer<Board> screen, Board board) {
		try {
			screen.accept(board);
		}
		catch (RuntimeException ex) {
			log.debug("a screen did not take the board: {}", ex.toString());
		}
		catch (Error ex) {
			log.error("a screen failed on the board", ex);
		}
	}

	@Override
	public void destroy() {
		this.ticker.shutdownNow();
	}

}
