// The extension-host suite's workspace holds no Markdown or plain text on purpose: nothing activates
// Review Coach before the first test opens a comment box, so that test can see what activates it.
export function load(id: string): Promise<Response> {
  return fetch(`/users/${id}`);
}
