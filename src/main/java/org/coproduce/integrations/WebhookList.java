package org.coproduce.integrations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhooks the caller manages. */
@Schema(description = "The webhooks of the caller's organisations (every organisation's for an admin)")
public record WebhookList(List<WebhookView> items) {}
