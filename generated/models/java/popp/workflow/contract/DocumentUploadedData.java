// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * A candidate sent a document during a conversation. Sent straight away, for every document, whether or not Popp recognised it. It carries no validity verdict; ask the processDocument endpoint for one.
 */
public class DocumentUploadedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("attachmentId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String attachmentId;
  @JsonProperty("fileName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String fileName;
  @JsonProperty("contentType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String contentType;
  @JsonProperty("classifiedDocumentType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String classifiedDocumentType;
  @JsonProperty("classifiedDocumentTypes")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> classifiedDocumentTypes;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The ID of the conversation the document arrived in.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The stored attachment's ID.
   */
  public String getAttachmentId() { return this.attachmentId; }
  public void setAttachmentId(String attachmentId) { this.attachmentId = attachmentId; }

  /**
   * The file name the candidate's file had.
   */
  public String getFileName() { return this.fileName; }
  public void setFileName(String fileName) { this.fileName = fileName; }

  /**
   * The file's MIME type, such as application/pdf.
   */
  public String getContentType() { return this.contentType; }
  public void setContentType(String contentType) { this.contentType = contentType; }

  /**
   * What Popp recognised the document as (for example passport); absent when it recognised nothing.
   */
  public String getClassifiedDocumentType() { return this.classifiedDocumentType; }
  public void setClassifiedDocumentType(String classifiedDocumentType) { this.classifiedDocumentType = classifiedDocumentType; }

  /**
   * Every classification that matched, when more than one did.
   */
  public List<String> getClassifiedDocumentTypes() { return this.classifiedDocumentTypes; }
  public void setClassifiedDocumentTypes(List<String> classifiedDocumentTypes) { this.classifiedDocumentTypes = classifiedDocumentTypes; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
