import { splitMessageBody } from './message-body';

describe('the text of an outbox message', () => {
  it('makes an invitation link followable inside the app, whatever host the mail names', () => {
    const parts = splitMessageBody(
      'Open this link:\nhttp://localhost:3000/invitation/AbC_12-x\n\nThe link works once.',
    );
    expect(parts).toEqual([
      { kind: 'text', text: 'Open this link:\n' },
      {
        kind: 'link',
        href: 'http://localhost:3000/invitation/AbC_12-x',
        text: 'http://localhost:3000/invitation/AbC_12-x',
        appPath: '/invitation/AbC_12-x',
      },
      { kind: 'text', text: '\n\nThe link works once.' },
    ]);
  });

  it('leaves the full stop after a link out of it, and other links outside the app', () => {
    const parts = splitMessageBody('See https://example.org/page. Reset: https://tandem.example/reset-password/tok');
    expect(parts[1]).toEqual({
      kind: 'link',
      href: 'https://example.org/page',
      text: 'https://example.org/page',
      appPath: null,
    });
    expect(parts[3]).toMatchObject({ appPath: '/reset-password/tok' });
  });

  it('is one text part without links', () => {
    expect(splitMessageBody('Hello')).toEqual([{ kind: 'text', text: 'Hello' }]);
  });
});
