package com.happinessscouter;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.happinessscouter.scoring.ScoringProperties;
import com.happinessscouter.scoring.ScoringProperties.AnalyzerKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each default lives in one place: the {@code application.yml} inside the jar. The
 * properties records only validate, so no record may carry a default of its own, and
 * every setting a record needs has its value in the shipped file (a record cannot tell a
 * missing number from 0).
 */
class ShippedDefaultsTest {

	/**
	 * Optional settings: unset means "not used" (endpoint overrides, the add-friend
	 * link).
	 */
	private static final Set<String> OPTIONAL = Set.of("aws.endpoint", "aws.dynamodb-endpoint", "aws.s3-endpoint",
			"aws.rekognition-endpoint", "line.add-friend-url");

	@Test
	void propertiesRecords_carryNoDefaultsOfTheirOwn() {
		List<String> defaults = new ArrayList<>();
		for (Class<?> type : propertiesRecords()) {
			collectDefaults(type, defaults);
		}
		assertThat(propertiesRecords()).hasSizeGreaterThan(10);
		assertThat(defaults).as("defaults belong in src/main/resources/application.yml").isEmpty();
	}

	@Test
	void shippedApplicationYml_setsEverySettingTheRecordsBind() throws IOException {
		PropertySource<?> shipped = shipped("application.yml");
		List<String> missing = new ArrayList<>();
		for (Class<?> type : propertiesRecords()) {
			collectMissing(shipped, type.getAnnotation(ConfigurationProperties.class).value(), type, missing);
		}
		assertThat(missing).as("settings without a value in the shipped application.yml").isEmpty();
	}

	@Test
	void shippedDefaults_scoreWithRekognition_andTheLocalProfileOffline() throws IOException {
		assertThat(analyzer(shipped("application.yml"))).isEqualTo(AnalyzerKind.REKOGNITION);
		assertThat(analyzer(shipped("application-local.yml"), shipped("application.yml")))
			.isEqualTo(AnalyzerKind.OFFLINE);
	}

	private static AnalyzerKind analyzer(PropertySource<?>... sources) {
		Binder binder = new Binder(ConfigurationPropertySources.from(List.of(sources)),
				new PropertySourcesPlaceholdersResolver(List.of(sources)));
		return binder.bind("app", ScoringProperties.class).get().analyzer();
	}

	private static void collectDefaults(Class<?> type, List<String> defaults) {
		RecordComponent[] components = type.getRecordComponents();
		Parameter[] parameters = canonicalConstructor(type).getParameters();
		for (int i = 0; i < components.length; i++) {
			if (parameters[i].isAnnotationPresent(DefaultValue.class)) {
				defaults.add(type.getSimpleName() + "." + components[i].getName());
			}
			if (components[i].getType().isRecord()) {
				collectDefaults(components[i].getType(), defaults);
			}
		}
	}

	private static void collectMissing(PropertySource<?> shipped, String prefix, Class<?> type, List<String> missing) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + kebab(component.getName());
			if (component.getType().isRecord()) {
				collectMissing(shipped, name, component.getType(), missing);
			}
			else if (!OPTIONAL.contains(name) && !shipped.containsProperty(name)
					&& !shipped.containsProperty(name + "[0]")) {
				missing.add(name);
			}
		}
	}

	private static Constructor<?> canonicalConstructor(Class<?> type) {
		Class<?>[] types = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return type.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static PropertySource<?> shipped(String file) throws IOException {
		return new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
	}

	private static List<Class<?>> propertiesRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<Class<?>> records = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.happinessscouter")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (type.isRecord()) {
				records.add(type);
			}
		}
		return records;
	}

}
