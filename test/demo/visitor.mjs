// What a visitor does on a demo or partner page, shared by the page tests.

/** Fills the default registration form of `page`'s `<ev-registration>` as a person would, and sends it. */
export async function register(page, { organization, email }) {
  const form = page.locator('ev-registration');
  await form.locator('#f-givenName').fill('Erika');
  await form.locator('#f-familyName').fill('Mustermann');
  await form.locator('#f-organization').fill(organization);
  await form.locator('#f-email').fill(email);
  await form.locator('label[for="f-group"]').click();
  await form.locator('#f-consent').check();
  // A person needs a few seconds for this; the form waits out the bot check's minimum.
  await form.locator('[part~="submit"]').click();
  return form;
}
