/**
 * What an .mdx FAQ may contain, read by the build (astro.config.mjs) and `npm run check` alike.
 * FAQs are content, not programs: a JavaScript expression, `import` or `export` fails the build.
 * A team that wants full MDX sets `allowCode: true`; content/README.md says what that changes.
 */
export const faqMdxPolicy: { allowCode: boolean } = { allowCode: false };
