package org.coproduce.accounts;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of my notifications, newest first, with how many are unread in all. */
@Schema(description = "My notifications, newest first; unreadCount counts all unread ones")
public record NotificationPage(List<NotificationView> items, String nextCursor, long unreadCount) {}
