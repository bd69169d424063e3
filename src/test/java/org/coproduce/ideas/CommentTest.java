package org.coproduce.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.coproduce.shared.api.ProblemException;
import org.junit.jupiter.api.Test;

class CommentTest {
    private static final Instant POSTED = Instant.parse("2026-11-29T10:00:00Z");

    private static Comment postedComment() {
        Comment comment = new Comment();
        comment.body = "Original";
        comment.createdAt = POSTED;
        return comment;
    }

    @Test
    void canBeCorrectedWithinFifteenMinutes() {
        Comment comment = postedComment();
        comment.edit("Corrected", POSTED.plusSeconds(14 * 60 + 59));
        assertThat(comment.body).isEqualTo("Corrected");
    }

    @Test
    void cannotBeCorrectedAfterFifteenMinutes() {
        Comment comment = postedComment();
        assertThatThrownBy(() -> comment.edit("Too late", POSTED.plusSeconds(15 * 60 + 1)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
        assertThat(comment.body).isEqualTo("Original");
    }

    @Test
    void aDeletedCommentLosesItsTextAndCannotBeEdited() {
        Comment comment = postedComment();
        comment.delete(POSTED.plusSeconds(60));
        assertThat(comment.body).isNull();
        assertThatThrownBy(() -> comment.edit("Back", POSTED.plusSeconds(120))).isInstanceOf(ProblemException.class);
    }
}
