// Journey 4: co-design. Bob proposes an idea to the riverside path's open challenge after seeing a similar one, Alice
// supports it and comments, Sam (staff of Riverside Parks) reviews and accepts it with a public
// answer, and Bob sees the answer in the idea's timeline and the notification of it.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, screenshot, screenshotBothWidths, signIn, signOut } from './support';

const SERVICE_PATH = '/services/riverside-path';
const SIMILAR_TITLE = 'Lights on the riverside path';
/** The demo data has "Solar lights between the two bridges" on this service. */
const DEMO_SIMILAR = 'Solar lights between the two bridges';
const CHALLENGE = 'How can we make the riverside path feel safer after dark?';

test('a citizen proposes an idea, another supports it, staff answer it, and the author sees the answer', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `${SIMILAR_TITLE} near the weir ${stamp}`;
  const answer = `We will trial solar lights by the weir this spring (check ${stamp}).`;
  const comment = `Yes please: I walk my dog here every evening (${stamp}).`;

  // Bob finds the service and proposes an idea.
  await page.goto(SERVICE_PATH);
  await expect(mainHeading(page)).toHaveText('Riverside path and lighting');
  await signIn(page, 'bob', 'Bob Citizen');
  await expect(page).toHaveURL(new RegExp(`${SERVICE_PATH}$`));
  const ideasSection = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Ideas for this service' }) });
  await expect(ideasSection.getByRole('link', { name: 'Propose an idea', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service-with-ideas');

  // He answers the service's open challenge.
  await page.getByRole('link', { name: CHALLENGE, exact: true }).first().click();
  await expect(page).toHaveURL(/\/challenges\/[0-9a-f-]{36}$/);
  await expect(mainHeading(page)).toHaveText(CHALLENGE);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'challenge');
  await page.getByRole('main').getByRole('button', { name: 'Propose an idea', exact: true }).click();
  await expect(page).toHaveURL(/\/ideas\/new\?service=[0-9a-f-]{36}&challenge=[0-9a-f-]{36}$/);
  await expect(mainHeading(page)).toHaveText('Propose an idea');
  const serviceId = new URL(page.url()).searchParams.get('service')!;
  await expectNoAxeViolations(page);

  // While Bob types, an idea that looks alike is offered, so he could support it instead.
  await page.getByLabel('Title', { exact: true }).fill('Solar lights');
  await expect(page.getByRole('heading', { name: 'Similar ideas already proposed' })).toBeVisible();
  await expect(page.getByRole('link', { name: DEMO_SIMILAR })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'propose-idea-similar');
  await page.getByLabel('Title', { exact: true }).fill(SIMILAR_TITLE);

  // A mistake first: the error summary links to the missing field.
  await page.getByRole('button', { name: 'Propose idea', exact: true }).click();
  const problem = page.locator('.govuk-error-summary');
  await expect(problem.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(problem).toBeFocused();
  await expect(problem.getByRole('link', { name: 'Enter your idea' })).toHaveAttribute('href', '#body');
  await expectNoAxeViolations(page);
  await screenshot(page, 'propose-idea-error-1280');

  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Your idea', { exact: true }).fill(
    'The path by the weir is dark by 5pm in winter.\n\nSolar lights would not need cabling.',
  );
  await page.getByLabel('Place (optional)', { exact: true }).fill('The weir steps');
  await page.getByLabel('Tags (optional, separated by commas)', { exact: true }).fill('lighting, safety');
  await screenshotBothWidths(page, 'propose-idea');
  await page.getByRole('button', { name: 'Propose idea', exact: true }).click();

  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  const ideaUrl = new URL(page.url()).pathname;
  await expect(mainHeading(page)).toHaveText(title);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Idea proposed. Staff will review it; you will see their answer on this page.' }),
  ).toBeVisible();
  await expect(page.getByText('This is your idea', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: CHALLENGE, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Support this idea' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Withdraw this idea' })).toBeVisible();
  await expect(page.getByText('Waiting for review', { exact: true })).toBeVisible();
  await expect(page.getByText('0 supporters', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'idea-proposed');
  await signOut(page);

  // Alice supports it; the live count goes to 1.
  await page.goto(ideaUrl);
  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.getByRole('link', { name: 'Sign in to support', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, 'alice', 'Alice Admin');
  await expect(page).toHaveURL(new RegExp(`${ideaUrl}$`));
  await page.getByRole('button', { name: 'Support this idea', exact: true }).click();
  await expect(page.getByText('1 supporter', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw support', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'idea-supported-1280');

  // Alice comments; Bob will be told.
  const comments = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Comments', exact: true }) });
  await comments.getByLabel('Add a comment', { exact: true }).fill(comment);
  await comments.getByRole('button', { name: 'Post comment', exact: true }).click();
  await expect(comments.getByText(comment, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'idea-commented');
  await signOut(page);

  // Sam reviews it: the queue, then Under review, then Accepted with a public answer.
  await page.goto('/');
  await signIn(page, 'sam', 'Sam Staff');
  await page.getByRole('link', { name: 'Review ideas', exact: true }).click();
  await expect(page).toHaveURL(/\/review-queue$/);
  await expect(mainHeading(page)).toHaveText('Review ideas');
  await expect(page.getByText(/^(Waiting \d+ days?|Proposed today)$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'review-queue');

  await page.goto(ideaUrl);
  await expect(mainHeading(page)).toHaveText(title);
  const answerForm = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Answer this idea' }) });
  await expect(answerForm.getByRole('radio')).toHaveCount(1);
  await answerForm.getByLabel('Under review', { exact: true }).check();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'idea-answer-form');
  await answerForm.getByRole('button', { name: 'Publish answer', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Answer published. The author and supporters can now see it.' }),
  ).toBeVisible();
  await expect(page.getByText('Under review', { exact: true }).first()).toBeVisible();

  // After review an answer is required: the error summary says so.
  await expect(answerForm.getByLabel('Accepted', { exact: true })).toBeVisible();
  await answerForm.getByLabel('Accepted', { exact: true }).check();
  await answerForm.getByRole('button', { name: 'Publish answer', exact: true }).click();
  const answerProblem = answerForm.locator('.govuk-error-summary');
  await expect(answerProblem).toBeFocused();
  await expect(answerProblem.getByRole('link', { name: 'Enter your answer. People will see it on this page' })).toHaveAttribute(
    'href',
    '#answer-text',
  );
  await expectNoAxeViolations(page);
  await screenshot(page, 'idea-answer-error-1280');

  await answerForm.getByLabel('Your answer (shown publicly)', { exact: true }).fill(answer);
  await answerForm.getByRole('button', { name: 'Publish answer', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Answer published. The author and supporters can now see it.' }),
  ).toBeVisible();
  const timeline = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What has happened' }) });
  await expect(timeline.getByText(answer, { exact: true })).toBeVisible();
  await expect(answerForm.getByLabel('In progress', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // Bob sees the answer in the timeline, in English and in Welsh.
  await page.goto(ideaUrl);
  await signIn(page, 'bob', 'Bob Citizen');
  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.getByText('Accepted', { exact: true }).first()).toBeVisible();
  const bobTimeline = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What has happened' }) });
  await expect(bobTimeline.getByRole('heading', { name: 'Accepted', exact: true })).toBeVisible();
  await expect(bobTimeline.getByText(answer, { exact: true })).toBeVisible();
  await expect(page.getByText('1 supporter', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw this idea' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'idea-answered');

  await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { name: 'Beth sydd wedi digwydd' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'idea-answered-cy-1280');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Bob's notifications: the comment and the answers, unread, counted in the header.
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(mainHeading(page)).toHaveText('Notifications');
  const answered = page.getByRole('listitem').filter({ hasText: answer });
  await expect(answered).toBeVisible();
  await expect(answered.getByText('Unread', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: comment })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'notifications');
  await answered.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${ideaUrl}$`));

  // The list of the service's ideas finds it by search.
  await page.goto(`/ideas?service=${serviceId}`);
  await expect(mainHeading(page)).toHaveText('Ideas for Riverside path and lighting');
  await page.getByLabel('Search ideas', { exact: true }).fill('weir');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=weir/);
  await expect(page.getByText(/^Showing \d+ ideas?$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'ideas-list');

  await signOut(page);
});
