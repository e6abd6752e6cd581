package nl.pitstop.openshift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The schema of every kind our manifests use, and a validator as strict as {@code kubectl apply
 * --validate=strict}: an unknown field, a wrong type, a value outside an enum or a missing required
 * field is an error.
 *
 * <p>Kubernetes, OpenShift and Istio kinds come from the JSON schemas in the fabric8 model jars
 * ({@code schema/*.json} on the test class path); custom resources from the CRDs in {@code crds/}
 * (the Open Liberty Operator's). The fabric8 schemas describe Java types, so two of their types are
 * read as the API server reads them: {@code IntOrString} is an integer or a string, {@code
 * Quantity} a string or a number. They also allow any extra field everywhere; here a field that an
 * object's schema does not name is an error, as in strict validation.
 */
final class Schemas {

  /** One schema file: its definitions (for {@code $ref}) and the kinds it describes. */
  private record SchemaFile(Map<String, Object> definitions) {}

  /** The schema of a kind, with the definitions its references resolve in. */
  private record KindSchema(Map<String, Object> schema, SchemaFile file) {}

  private final Map<String, KindSchema> kinds = new HashMap<>();
  private KindSchema objectMeta;

  private Schemas() {}

  /** The schemas on the test class path. */
  static Schemas load() {
    Schemas schemas = new Schemas();
    try {
      for (String resource : List.of("schema/validation-schema.json", "schema/istio-schema.json")) {
        for (URL url : Collections.list(Schemas.class.getClassLoader().getResources(resource))) {
          schemas.addFabric8(url);
        }
      }
      for (URL url :
          Collections.list(
              Schemas.class
                  .getClassLoader()
                  .getResources("crds/apps.openliberty.io_openlibertyapplications.yaml"))) {
        schemas.addCrd(url);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (schemas.objectMeta == null) {
      throw new IllegalStateException("no ObjectMeta schema on the class path");
    }
    return schemas;
  }

  private static Object read(URL url) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    try (InputStream in = url.openStream()) {
      return new Yaml(options).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private void addFabric8(URL url) {
    Map<String, Object> root = (Map<String, Object>) read(url);
    SchemaFile file = new SchemaFile((Map<String, Object>) root.get("definitions"));
    file.definitions()
        .forEach(
            (name, value) -> {
              Map<String, Object> schema = (Map<String, Object>) value;
              Map<String, Object> properties = map(schema.get("properties"));
              if (name.endsWith("_ObjectMeta") && objectMeta == null) {
                objectMeta = new KindSchema(schema, file);
              }
              String apiVersion = defaultOf(properties.get("apiVersion"));
              String kind = defaultOf(properties.get("kind"));
              if (apiVersion != null && kind != null) {
                kinds.putIfAbsent(apiVersion + "/" + kind, new KindSchema(schema, file));
              }
            });
  }

  @SuppressWarnings("unchecked")
  private void addCrd(URL url) {
    Map<String, Object> crd = (Map<String, Object>) read(url);
    Map<String, Object> spec = map(crd.get("spec"));
    String group = (String) spec.get("group");
    String kind = (String) map(spec.get("names")).get("kind");
    for (Object version : (List<Object>) spec.get("versions")) {
      Map<String, Object> v = map(version);
      Map<String, Object> schema = map(map(v.get("schema")).get("openAPIV3Schema"));
      kinds.put(
          group + "/" + v.get("name") + "/" + kind,
          new KindSchema(schema, new SchemaFile(Map.of())));
    }
  }

  private static String defaultOf(Object property) {
    Object value = map(property).get("default");
    return value instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  /**
   * Validates one Kubernetes object.
   *
   * @return the errors, each with the path of the field; empty when the object is valid
   */
  List<String> validate(Map<String, Object> object) {
    List<String> errors = new ArrayList<>();
    String apiVersion = String.valueOf(object.get("apiVersion"));
    String kind = String.valueOf(object.get("kind"));
    KindSchema schema = kinds.get(apiVersion + "/" + kind);
    if (schema == null) {
      errors.add(apiVersion + " " + kind + ": no schema for this kind");
      return errors;
    }
    String where = kind + " " + map(object.get("metadata")).get("name");
    new Validation(schema.file(), errors).check(object, schema.schema(), where);
    // Some schemas (Istio's) leave metadata untyped: check it against Kubernetes' ObjectMeta.
    new Validation(objectMeta.file(), errors)
        .check(object.get("metadata"), objectMeta.schema(), where + ".metadata");
    return errors.stream().distinct().toList();
  }

  /** One validation run, collecting errors. */
  private record Validation(SchemaFile file, List<String> errors) {

    void check(Object value, Map<String, Object> schema, String path) {
      if (value == null) {
        return;
      }
      Object ref = schema.get("$ref");
      if (ref instanceof String reference) {
        String name = reference.substring(reference.lastIndexOf('/') + 1);
        if (name.endsWith("_IntOrString")) {
          expect(value instanceof Number || value instanceof String, path, "integer or string");
          return;
        }
        if (name.endsWith("_Quantity")) {
          expect(value instanceof Number || value instanceof String, path, "quantity");
          return;
        }
        Map<String, Object> target = map(file.definitions().get(name));
        if (target.isEmpty()) {
          errors.add(path + ": unresolvable schema reference " + reference);
          return;
        }
        check(value, target, path);
        return;
      }
      if (schema.get("javaEnums") instanceof List<?> names && value instanceof String text) {
        // a protobuf enum (Istio): fabric8 describes its numbers, the API server takes its names
        List<Object> known = names.stream().map(n -> map(n).get("name")).toList();
        expect(known.contains(text), path, "one of " + known);
        return;
      }
      if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
        expect(value instanceof Number || value instanceof String, path, "integer or string");
        return;
      }
      Object type = schema.get("type");
      if (type == null) {
        if (schema.containsKey("properties")) {
          type = "object";
        } else {
          return; // an untyped field (raw JSON, or a Java type fabric8 does not describe)
        }
      }
      switch (String.valueOf(type)) {
        case "object" -> checkObject(value, schema, path);
        case "array" -> {
          if (expect(value instanceof List<?>, path, "array")) {
            List<?> items = (List<?>) value;
            for (int i = 0; i < items.size(); i++) {
              check(items.get(i), map(schema.get("items")), path + "[" + i + "]");
            }
          }
        }
        case "string" -> {
          if (expect(value instanceof String, path, "string")) {
            checkString((String) value, schema, path);
          }
        }
        case "integer" -> {
          if (expect(value instanceof Integer || value instanceof Long, path, "integer")) {
            checkRange(((Number) value).longValue(), schema, path);
          }
        }
        case "number" -> expect(value instanceof Number, path, "number");
        case "boolean" -> expect(value instanceof Boolean, path, "boolean");
        default -> errors.add(path + ": unknown schema type " + type);
      }
      Object allowed = schema.get("enum");
      if (allowed instanceof List<?> values && !values.contains(value)) {
        errors.add(path + ": '" + value + "' is not one of " + values);
      }
    }

    private void checkObject(Object value, Map<String, Object> schema, String path) {
      if (!expect(value instanceof Map<?, ?>, path, "object")) {
        return;
      }
      Map<String, Object> object = map(value);
      Map<String, Object> properties = map(schema.get("properties"));
      Object additional = schema.get("additionalProperties");
      boolean preserveUnknown =
          Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
      Map<String, Map<String, Object>> oneOf = oneOfFields(properties);
      Map<String, String> oneOfChosen = new HashMap<>();
      for (Map.Entry<String, Object> field : object.entrySet()) {
        String fieldPath = path + "." + field.getKey();
        Map<String, Object> fieldSchema = map(properties.get(field.getKey()));
        if (properties.containsKey(field.getKey())) {
          check(field.getValue(), fieldSchema, fieldPath);
        } else if (oneOf.containsKey(field.getKey())) {
          Map<String, Object> member = oneOf.get(field.getKey());
          String group = String.valueOf(member.get("group"));
          String other = oneOfChosen.put(group, field.getKey());
          if (other != null) {
            errors.add(fieldPath + ": only one of its group, and " + other + " is set");
          }
          check(field.getValue(), map(member.get("schema")), fieldPath);
        } else if (additional instanceof Map<?, ?> valueSchema) {
          check(field.getValue(), map(valueSchema), fieldPath);
        } else if (properties.isEmpty() && !Boolean.FALSE.equals(additional)) {
          // a free-form object (a map without value schema): anything goes
        } else if (!preserveUnknown) {
          errors.add(fieldPath + ": unknown field");
        }
      }
      Object required = schema.get("required");
      if (required instanceof List<?> names) {
        for (Object name : names) {
          if (!object.containsKey(String.valueOf(name))) {
            errors.add(path + "." + name + ": required field missing");
          }
        }
      }
    }

    /**
     * The fields of a protobuf {@code oneof} (Istio): fabric8 describes the group as a property
     * with an {@code interfaceType}, whose implementations each hold one field; in JSON that field
     * stands in the object itself. Field name to its group and schema.
     */
    private Map<String, Map<String, Object>> oneOfFields(Map<String, Object> properties) {
      Map<String, Map<String, Object>> fields = new HashMap<>();
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        Map<String, Object> group = map(property.getValue());
        if (!group.containsKey("interfaceType") || !(group.get("$ref") instanceof String ref)) {
          continue;
        }
        Map<String, Object> face =
            map(file.definitions().get(ref.substring(ref.lastIndexOf('/') + 1)));
        for (Object implementation : list(face.get("interfaceImpls"))) {
          for (Object definition : file.definitions().values()) {
            if (implementation.equals(map(definition).get("javaType"))) {
              map(map(definition).get("properties"))
                  .forEach(
                      (name, schema) ->
                          fields.put(name, Map.of("group", property.getKey(), "schema", schema)));
            }
          }
        }
      }
      return fields;
    }

    private void checkString(String value, Map<String, Object> schema, String path) {
      if (schema.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
        errors.add(path + ": longer than " + max);
      }
      if (schema.get("pattern") instanceof String regex) {
        try {
          if (!Pattern.compile(regex).matcher(value).find()) {
            errors.add(path + ": '" + value + "' does not match " + regex);
          }
        } catch (PatternSyntaxException notJavaSyntax) {
          // a Go-only pattern: the API server checks it
        }
      }
    }

    private void checkRange(long value, Map<String, Object> schema, String path) {
      if (schema.get("minimum") instanceof Number min
          && new BigDecimal(value).compareTo(new BigDecimal(min.toString())) < 0) {
        errors.add(path + ": " + value + " is below the minimum " + min);
      }
      if (schema.get("maximum") instanceof Number max
          && new BigDecimal(value).compareTo(new BigDecimal(max.toString())) > 0) {
        errors.add(path + ": " + value + " is above the maximum " + max);
      }
    }

    private boolean expect(boolean condition, String path, String what) {
      if (!condition) {
        errors.add(path + ": expected " + what);
      }
      return condition;
    }
  }
}
