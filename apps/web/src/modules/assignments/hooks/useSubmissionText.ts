import { useState } from 'react';

/**
 * The text in the editor of a shared submission. The server's text replaces it only while the
 * viewer has no unsaved changes (adjusting state while rendering, as React recommends, rather
 * than in an effect); `replace` takes the server's text after a reload.
 */
export function useSubmissionText(serverText: string) {
  const [text, setText] = useState(serverText);
  const [baseText, setBaseText] = useState(serverText);
  if (serverText !== baseText) {
    setBaseText(serverText);
    if (text === baseText) setText(serverText);
  }
  return { text, setText, dirty: text !== serverText, replace: setText };
}
