-- A webhook subscribes only to events Coproduce sends; the database guarantees it, not only the API.
ALTER TABLE webhook_subscriptions ADD CONSTRAINT webhook_subscriptions_known_events CHECK (
    events <@ ARRAY['idea.submitted', 'idea.answered', 'signup.confirmed', 'signup.cancelled', 'signup.promoted',
                    'shift.full', 'rating.created', 'change.confirmed']::text[]);
