package com.happinessscouter.guests;

/**
 * The wedding in numbers, maintained as photos are scored.
 *
 * @param guests guests who sent at least one photo
 * @param photos photos that reached a final state
 * @param faces faces scored
 * @param scoredPhotos photos with at least one face
 * @param powerSum sum of the scored photos' power
 * @param bestPower the best power of all
 * @param lastTenMinutes photos finished in the last ten minutes
 */
public record Totals(long guests, long photos, long faces, long scoredPhotos, long powerSum, long bestPower,
		long lastTenMinutes) {

	public long averagePower() {
		return (this.scoredPhotos == 0) ? 0 : Math.round((double) this.powerSum / this.scoredPhotos);
	}

}
