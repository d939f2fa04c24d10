import { safeNextPath, signInPath } from './sign-in-path';

describe('the sign-in address', () => {
  it('remembers where the person was going, and why they have to sign in again', () => {
    expect(signInPath({ pathname: '/editions/42', search: '?tab=cycle' })).toBe(
      '/sign-in?next=%2Feditions%2F42%3Ftab%3Dcycle',
    );
    expect(signInPath({ pathname: '/account' }, 'expired')).toBe('/sign-in?next=%2Faccount&reason=expired');
  });

  it('has no `next` for the start page, nor after signing out on purpose', () => {
    expect(signInPath({ pathname: '/' })).toBe('/sign-in');
    expect(signInPath({ pathname: '/account' }, 'signedOut')).toBe('/sign-in?reason=signedOut');
    expect(signInPath(null, 'signedOut')).toBe('/sign-in?reason=signedOut');
  });

  it('stays as it is when the person is already on the sign-in page', () => {
    expect(signInPath({ pathname: '/sign-in', search: '?next=%2Feditions&reason=expired' }, 'expired')).toBe(
      '/sign-in?next=%2Feditions&reason=expired',
    );
  });
});

describe('the page after sign-in', () => {
  it('is the `next` path of this site', () => {
    expect(safeNextPath('/editions?page=2')).toBe('/editions?page=2');
  });

  it('is the start page for anything that could lead elsewhere or back to sign-in', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/sign-in?next=/x']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
