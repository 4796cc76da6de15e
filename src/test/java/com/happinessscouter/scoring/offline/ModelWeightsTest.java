package com.happinessscouter.scoring.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class ModelWeightsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@CsvSource({ "tiny_face_detector_model.bin, b7503ce7df31039b1c43316a9b865cab6a70dd748cc602d3fa28b551503c3871",
			"tiny_face_detector_model-weights_manifest.json, 5d1af4849ac48d5b985f4a9b16010c512353ddd6fcc63d50fd0bc9e9e64296e5",
			"face_expression_model.bin, 9a9840f2cf1f4c7eab95f197512569345c00d2426754d4608b92af30e0300f3d",
			"face_expression_model-weights_manifest.json, 5b349c17c7836da506e03422cd6461c74085d8bb2713ad4114647dc5d28174c8" })
	void weightFiles_matchPublishedSha256(String file, String sha256) throws Exception {
		assertThat(sha256(ModelWeights.FACE_API_LOCATION + file)).isEqualTo(sha256);
	}

	@Test
	void detectorWeights_loadEveryTensorDequantised() throws Exception {
		ModelWeights weights = ModelWeights.load(ModelWeights.FACE_API_LOCATION, TinyFaceDetector.MODEL_NAME);
		assertThat(weights.size()).isEqualTo(19);
		float[] filters = weights.get("conv0/filters", 3, 3, 3, 16);
		int firstByte = Byte.toUnsignedInt(read(ModelWeights.FACE_API_LOCATION + "tiny_face_detector_model.bin")[0]);
		assertThat(filters[0]).isCloseTo((float) (-1.2069439495311063 + 0.009007044399485869 * firstByte),
				within(1e-6f));
	}

	@Test
	void expressionWeights_loadFloat32AndQuantisedTensors() {
		ModelWeights weights = ModelWeights.load(ModelWeights.FACE_API_LOCATION, FaceExpressionNet.MODEL_NAME);
		assertThat(weights.size()).isEqualTo(49);
		assertThat(weights.get("fc/weights", 256, 7)).hasSize(1792);
		assertThat(weights.get("fc/bias", 7)).hasSize(7);
	}

	@Test
	void get_refusesAWrongShape() {
		ModelWeights weights = ModelWeights.load(ModelWeights.FACE_API_LOCATION, TinyFaceDetector.MODEL_NAME);
		assertThatIllegalStateException().isThrownBy(() -> weights.get("conv0/filters", 3, 3, 16))
			.withMessageContaining("[3, 3, 3, 16]");
		assertThatIllegalStateException().isThrownBy(() -> weights.get("conv9/filters", 1));
	}

	@Test
	void decode_dequantisesUint8AsMinPlusScaleTimesValue() throws Exception {
		JsonNode entry = JSON.readTree("""
				{"name": "w", "shape": [2, 2], "dtype": "float32",
				 "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1.0}}""");
		ByteBuffer data = ByteBuffer.wrap(new byte[] { 0, 1, 2, (byte) 255 });
		ModelWeights.Tensor tensor = WeightDecoder.decode(entry, data);
		assertThat(tensor.shape()).containsExactly(2, 2);
		assertThat(tensor.values()).containsExactly(-1.0f, -0.5f, 0.0f, 126.5f);
		assertThat(data.hasRemaining()).isFalse();
	}

	@Test
	void decode_readsLittleEndianFloat32() throws Exception {
		JsonNode entry = JSON.readTree("""
				{"name": "b", "shape": [3], "dtype": "float32"}""");
		ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		data.putFloat(1.5f).putFloat(-2.25f).putFloat(1e-3f).flip();
		assertThat(WeightDecoder.decode(entry, data).values()).containsExactly(1.5f, -2.25f, 1e-3f);
		assertThat(data.hasRemaining()).isFalse();
	}

	@Test
	void decode_refusesUnknownQuantisation() throws Exception {
		JsonNode entry = JSON.readTree("""
				{"name": "w", "shape": [1], "dtype": "float32",
				 "quantization": {"dtype": "float16"}}""");
		assertThatIllegalStateException().isThrownBy(() -> WeightDecoder.decode(entry, ByteBuffer.allocate(2)));
	}

	private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read(resource)));
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = ModelWeightsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return in.readAllBytes();
		}
	}

}
