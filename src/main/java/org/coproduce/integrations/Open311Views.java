package org.coproduce.integrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of Open311 GeoReport v2, with the standard's field names. */
final class Open311Views {
    private Open311Views() {}

    @Schema(name = "Open311Service", description = "A service in the GeoReport v2 service list")
    record Service(
            @JsonProperty("service_code") @Schema(examples = "community-gardens")
            String serviceCode,

            @JsonProperty("service_name") String serviceName,
            String description,

            @Schema(description = "Always false: no extra attributes are asked for")
            boolean metadata,

            @Schema(examples = "realtime") String type,
            String keywords,
            String group) {}

    @Schema(name = "Open311ServiceDefinition", description = "A service's extra attributes (none)")
    record Definition(@JsonProperty("service_code") String serviceCode, java.util.List<Object> attributes) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Request", description = "A service request: a public idea with a place on the map")
    record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(enumeration = {"open", "closed"}) String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") String requestedDatetime,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @JsonProperty("expected_datetime") String expectedDatetime,
            String address,
            @JsonProperty("address_id") String addressId,
            String zipcode,
            double lat,
            @JsonProperty("long") double lon,
            @JsonProperty("media_url") String mediaUrl) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Created", description = "The new request's id")
    record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {}

    @Schema(name = "Open311Error", description = "One error, in the standard's error array")
    record Error(int code, String description) {}
}
