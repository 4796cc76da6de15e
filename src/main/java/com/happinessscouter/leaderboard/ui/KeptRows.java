package com.happinessscouter.leaderboard.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;

/**
 * The rows of a live ranking, one per key (a guest, a table), kept as the same element
 * while it moves, so a rank change glides (a CSS transition on its position).
 */
final class KeptRows<K, R extends Component> {

	private final Map<K, R> rows = new HashMap<>();

	private final HasComponents parent;

	private final Function<K, R> maker;

	KeptRows(HasComponents parent, Function<K, R> maker) {
		this.parent = parent;
		this.maker = maker;
	}

	/** Removes the rows of keys no longer shown. */
	void keepOnly(Set<K> shown) {
		this.rows.keySet().removeIf((key) -> {
			if (!shown.contains(key)) {
				this.rows.get(key).removeFromParent();
				return true;
			}
			return false;
		});
	}

	/** The key's row, made and added at the end when it is new. */
	R row(K key) {
		return this.rows.computeIfAbsent(key, (k) -> {
			R made = this.maker.apply(k);
			this.parent.add(made);
			return made;
		});
	}

}
