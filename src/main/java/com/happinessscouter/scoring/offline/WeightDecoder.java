package com.happinessscouter.scoring.offline;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.databind.JsonNode;

/** Decodes one entry of a TF.js weights manifest from the shard bytes. */
final class WeightDecoder {

	private WeightDecoder() {
	}

	/**
	 * Reads the tensor described by {@code entry} from the current position of
	 * {@code data}.
	 */
	static ModelWeights.Tensor decode(JsonNode entry, ByteBuffer data) {
		int[] shape = shape(entry.get("shape"));
		int count = 1;
		for (int dimension : shape) {
			count = Math.multiplyExact(count, dimension);
		}
		String dtype = entry.path("dtype").asText("float32");
		if (!"float32".equals(dtype)) {
			throw new IllegalStateException("Unsupported dtype " + dtype + " of " + entry.get("name"));
		}
		JsonNode quantization = entry.get("quantization");
		float[] values = (quantization != null) ? dequantize(quantization, count, data) : floats(count, data);
		return new ModelWeights.Tensor(shape, values);
	}

	private static int[] shape(JsonNode node) {
		int[] shape = new int[node.size()];
		for (int i = 0; i < shape.length; i++) {
			shape[i] = node.get(i).asInt();
		}
		return shape;
	}

	private static float[] floats(int count, ByteBuffer data) {
		float[] values = new float[count];
		data.asFloatBuffer().get(values);
		data.position(data.position() + count * Float.BYTES);
		return values;
	}

	private static float[] dequantize(JsonNode quantization, int count, ByteBuffer data) {
		String type = quantization.path("dtype").asText();
		if (!quantization.has("scale") || !quantization.has("min")) {
			throw new IllegalStateException("Unsupported quantization " + quantization);
		}
		double scale = quantization.get("scale").asDouble();
		double min = quantization.get("min").asDouble();
		float[] values = new float[count];
		for (int i = 0; i < count; i++) {
			int q = switch (type) {
				case "uint8" -> Byte.toUnsignedInt(data.get());
				case "uint16" -> Short.toUnsignedInt(data.getShort());
				default -> throw new IllegalStateException("Unsupported quantization dtype " + type);
			};
			values[i] = (float) (min + scale * q);
		}
		return values;
	}

}
