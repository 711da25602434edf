// Test-only stand-in for jackson-datatype-jsr310's JavaTimeModule, which Debian does not package: with it on
// the classpath, the README's Java snippet (test/java/ReadmeExample.java) compiles and runs unchanged against
// Debian's Jackson jars. Like test/java/LoadExamples.java's module, it only maps OffsetDateTime to and from
// an RFC 3339 string; the real module does much more.
package com.fasterxml.jackson.datatype.jsr310;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

public class JavaTimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public JavaTimeModule() {
    addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
      @Override
      public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return OffsetDateTime.parse(parser.getValueAsString());
      }
    });
    addSerializer(OffsetDateTime.class, new JsonSerializer<OffsetDateTime>() {
      @Override
      public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      }
    });
  }
}
