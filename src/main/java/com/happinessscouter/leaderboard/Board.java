package com.happinessscouter.leaderboard;

import java.util.List;

import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.tables.TableStanding;

/**
 * What the big screen shows at one moment.
 *
 * @param event the event, with its countdown
 * @param standings the top guests, best first
 * @param recent the latest photos the screen may show, newest first
 * @param show what the hosts set: the mode and the final reveal
 * @param wall the photos the wall may show, newest first (empty when the screen shows no
 * wall)
 * @param tables the table ranking, best first (empty when the event has no tables)
 */
public record Board(WeddingEvent event, List<Standing> standings, List<Showcased> recent, ShowState show,
		List<Showcased> wall, List<TableStanding> tables) {
}
