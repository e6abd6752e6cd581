package nl.pitstop.support.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a JSON request body must look like for the record a resource reads it into, beyond what
 * JSON-B checks: JSON-B (Yasson) turns a number or a boolean given for a text field into its text,
 * and it ignores members the record does not have. Here every member must be a component of the
 * record (a misspelt or invented field is an error, not silently dropped data); a text component
 * takes a JSON string or null; a number component a number, a boolean component {@code true} or
 * {@code false}, a record component an object and a collection an array, each checked the same way
 * down the tree. Text of any kind (including dates, ids and enums) may not hold control characters
 * other than tab, line feed and carriage return, nor half a surrogate pair. Null is left to bean
 * validation, which knows which fields are required; so are the formats of dates, ids and the like
 * (JSON-B rejects those).
 */
public final class JsonBodyRules {

  /** The field name for the body as a whole. */
  public static final String BODY = "body";

  private JsonBodyRules() {}

  /** Whether bodies read into this type are checked: records, the request bodies of the APIs. */
  public static boolean applies(Class<?> type) {
    return type.isRecord();
  }

  /**
   * The fields of {@code body} that do not fit {@code type}, each with its message; none if fine.
   */
  public static List<Problem.FieldError> check(JsonValue body, Type type) {
    List<Problem.FieldError> errors = new ArrayList<>();
    check(body, type, BODY, errors);
    return errors;
  }

  private static void check(
      JsonValue value, Type type, String field, List<Problem.FieldError> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw == Optional.class) {
      check(value, typeArgument(type, 0), field, errors);
    } else if (raw.isRecord()) {
      checkRecord(value, raw, field, errors);
    } else if (isText(raw)) {
      if (value instanceof JsonString text) {
        if (!isPrintable(text.getString())) {
          errors.add(new Problem.FieldError(field, "may not contain control characters."));
        }
      } else {
        errors.add(new Problem.FieldError(field, "must be a JSON string."));
      }
    } else if (isNumber(raw)) {
      expect(value, field, errors, "must be a JSON number.", JsonValue.ValueType.NUMBER);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(
          value,
          field,
          errors,
          "must be true or false.",
          JsonValue.ValueType.TRUE,
          JsonValue.ValueType.FALSE);
    } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      if (value instanceof JsonArray array) {
        Type element = raw.isArray() ? elementOfArray(type, raw) : typeArgument(type, 0);
        for (int i = 0; i < array.size(); i++) {
          check(array.get(i), element, field + "[" + i + "]", errors);
        }
      } else {
        errors.add(new Problem.FieldError(field, "must be a JSON array."));
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      expect(value, field, errors, "must be a JSON object.", JsonValue.ValueType.OBJECT);
    }
  }

  private static void checkRecord(
      JsonValue value, Class<?> record, String field, List<Problem.FieldError> errors) {
    if (!(value instanceof JsonObject object)) {
      errors.add(new Problem.FieldError(field, "must be a JSON object."));
      return;
    }
    RecordComponent[] components = record.getRecordComponents();
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String name = BODY.equals(field) ? member.getKey() : field + "." + member.getKey();
      Optional<RecordComponent> component =
          Arrays.stream(components).filter(c -> c.getName().equals(member.getKey())).findFirst();
      if (component.isEmpty()) {
        errors.add(new Problem.FieldError(printable(name), "is not a field of this request."));
      } else {
        check(member.getValue(), component.get().getGenericType(), name, errors);
      }
    }
  }

  private static void expect(
      JsonValue value,
      String field,
      List<Problem.FieldError> errors,
      String message,
      JsonValue.ValueType... types) {
    if (!Arrays.asList(types).contains(value.getValueType())) {
      errors.add(new Problem.FieldError(field, message));
    }
  }

  /** Types JSON-B reads from a JSON string. */
  private static boolean isText(Class<?> raw) {
    return CharSequence.class.isAssignableFrom(raw)
        || raw == char.class
        || raw == Character.class
        || raw.isEnum()
        || raw == UUID.class
        || Temporal.class.isAssignableFrom(raw)
        || java.time.temporal.TemporalAmount.class.isAssignableFrom(raw)
        || raw == java.time.ZoneId.class
        || raw == java.net.URI.class;
  }

  private static boolean isNumber(Class<?> raw) {
    return Number.class.isAssignableFrom(raw)
        || raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == byte.class
        || raw == double.class
        || raw == float.class;
  }

  /**
   * Whether text holds no control characters (C0 but tab, line feed and carriage return; DEL; C1)
   * and no unpaired surrogate: what a form or a person can type.
   */
  public static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A field name fit to echo: control characters replaced, at most 100 characters. */
  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .limit(100)
        .forEach(
            cp ->
                out.appendCodePoint(
                    Character.isISOControl(cp) || cp >= 0xd800 && cp <= 0xdfff ? '?' : cp));
    return out.toString();
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawClass(p.getRawType());
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return null; // a type variable or wildcard: not checked
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  private static Type elementOfArray(Type type, Class<?> raw) {
    return type instanceof GenericArrayType g
        ? g.getGenericComponentType()
        : raw.getComponentType();
  }
}
