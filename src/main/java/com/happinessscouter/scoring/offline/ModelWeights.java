package com.happinessscouter.scoring.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The named weight tensors of one TF.js layers model, read from the classpath: a
 * {@code <name>-weights_manifest.json} describing the tensors and the binary shard files
 * holding them. Quantised tensors are dequantised as {@code min + scale * q}.
 */
final class ModelWeights {

	/** Where the face-api models are on the classpath. */
	static final String FACE_API_LOCATION = "models/face-api/";

	private final String modelName;

	private final Map<String, Tensor> tensors;

	private ModelWeights(String modelName, Map<String, Tensor> tensors) {
		this.modelName = modelName;
		this.tensors = tensors;
	}

	/** Loads {@code location + modelName + "-weights_manifest.json"} and its shards. */
	static ModelWeights load(String location, String modelName) {
		try {
			JsonNode manifest = new ObjectMapper().readTree(read(location + modelName + "-weights_manifest.json"));
			Map<String, Tensor> tensors = new LinkedHashMap<>();
			for (JsonNode group : manifest) {
				ByteBuffer data = ByteBuffer.wrap(readShards(location, group.get("paths")))
					.order(ByteOrder.LITTLE_ENDIAN);
				for (JsonNode entry : group.get("weights")) {
					Tensor tensor = WeightDecoder.decode(entry, data);
					tensors.put(entry.get("name").asText(), tensor);
				}
				if (data.hasRemaining()) {
					throw new IllegalStateException(data.remaining() + " unused bytes in the weights of " + modelName);
				}
			}
			return new ModelWeights(modelName, tensors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the weights of " + modelName, ex);
		}
	}

	/** The values of the tensor {@code name}, checking that it has the expected shape. */
	float[] get(String name, int... expectedShape) {
		Tensor tensor = this.tensors.get(name);
		if (tensor == null) {
			throw new IllegalStateException("No tensor " + name + " in " + this.modelName);
		}
		if (!Arrays.equals(tensor.shape(), expectedShape)) {
			throw new IllegalStateException("Tensor " + name + " of " + this.modelName + " has shape "
					+ Arrays.toString(tensor.shape()) + ", expected " + Arrays.toString(expectedShape));
		}
		return tensor.values();
	}

	int size() {
		return this.tensors.size();
	}

	private static byte[] readShards(String location, JsonNode paths) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (JsonNode path : paths) {
			all.write(read(location + path.asText()));
		}
		return all.toByteArray();
	}

	private static byte[] read(String resource) throws IOException {
		ClassLoader loader = ModelWeights.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Missing classpath resource " + resource);
			}
			return in.readAllBytes();
		}
	}

	/** One weight tensor: its shape and its values in row-major order. */
	record Tensor(int[] shape, float[] values) {
	}

}
