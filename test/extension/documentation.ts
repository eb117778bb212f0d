/**
 * A project's getting-started page, our own wording: instructions, each of which would read as dictating in a
 * review comment. Review Coach must leave such a file alone unless the user adds it.
 */
export const GETTING_STARTED = [
  '# Getting started',
  '',
  'Install the dependencies with `npm ci`.',
  '',
  'Run the tests before you open a pull request.',
  '',
  '1. Fork the repository.',
  '2. Create a branch.',
  '3. Push it and open a pull request.',
  '',
  'Never commit secrets to the repository.',
  '',
].join('\n');
