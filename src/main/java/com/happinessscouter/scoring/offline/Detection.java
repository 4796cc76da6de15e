package com.happinessscouter.scoring.offline;

/**
 * A face box found by the detector, in pixels of the image it ran on (not clipped).
 *
 * @param score the detector score, 0-1
 */
record Detection(double x, double y, double width, double height, double score) {

	double right() {
		return this.x + this.width;
	}

	double bottom() {
		return this.y + this.height;
	}

	double area() {
		return this.width * this.height;
	}

	/** Intersection over union with {@code other}. */
	double iou(Detection other) {
		double intersection = intersection(other);
		return intersection / (area() + other.area() - intersection);
	}

	/** Intersection over the smaller of the two areas. */
	double overlapOfSmaller(Detection other) {
		return intersection(other) / Math.min(area(), other.area());
	}

	private double intersection(Detection other) {
		double w = Math.max(0, Math.min(right(), other.right()) - Math.max(this.x, other.x));
		double h = Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(this.y, other.y));
		return w * h;
	}

	Detection scaled(double factorX, double factorY) {
		return new Detection(this.x * factorX, this.y * factorY, this.width * factorX, this.height * factorY,
				this.score);
	}

}
