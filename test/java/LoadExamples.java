// Loads payloads into the generated Java models (generated/models/java/) with Jackson and writes them back.
// Usage: java -cp <models classes>:<jackson jars> LoadExamples.java <job.json>
// job.json: {"payloads": [{"name", "model", "payload"}]}; prints one JSON result per payload on stdout.
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

public class LoadExamples {
  // Stand-in for jackson-datatype-jsr310 (JavaTimeModule), which Debian does not package: date-times as
  // OffsetDateTime, written back with millisecond precision like the docs' examples.
  static SimpleModule offsetDateTimes() {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    SimpleModule module = new SimpleModule();
    module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
      @Override
      public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return OffsetDateTime.parse(parser.getValueAsString());
      }
    });
    module.addSerializer(OffsetDateTime.class, new JsonSerializer<OffsetDateTime>() {
      @Override
      public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.format(format));
      }
    });
    return module;
  }

  static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    if (copy.isObject()) {
      ObjectNode object = (ObjectNode) copy;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (object.get(name).isNull()) object.remove(name);
        else object.set(name, withoutNulls(object.get(name)));
      }
    } else if (copy.isArray()) {
      for (int index = 0; index < copy.size(); index++) ((ArrayNode) copy).set(index, withoutNulls(copy.get(index)));
    }
    return copy;
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(offsetDateTimes());
    JsonNode job = mapper.readTree(new File(args[0]));
    for (JsonNode item : job.get("payloads")) {
      ObjectNode result = mapper.createObjectNode().put("name", item.get("name").asText());
      try {
        Class<?> model = Class.forName("popp.workflow.contract." + item.get("model").asText());
        Object loaded = mapper.treeToValue(item.get("payload"), model);
        JsonNode written = mapper.valueToTree(loaded);
        // A Java field cannot tell "absent" from "null", and the contract gives both the same meaning.
        boolean same = withoutNulls(written).equals(withoutNulls(item.get("payload")));
        result.put("loaded", true).put("class", loaded.getClass().getSimpleName()).put("roundTrip", same);
        if (!same) result.put("written", written.toString());
      } catch (Exception error) {
        result.put("loaded", false).put("error", error.toString());
      }
      System.out.println(result);
    }
  }
}
