import { fireEvent, screen } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render';
import { RouteErrorBoundary } from './RouteErrorBoundary';

const texts = englishCatalogue.errors;

function Broken(): never {
  throw new Error('the page failed');
}

function routes() {
  return (
    <MemoryRouter initialEntries={['/broken']}>
      <Link to="/fine">elsewhere</Link>
      <RouteErrorBoundary frame={(content) => <section aria-label="frame">{content}</section>}>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<p>a page that works</p>} />
        </Routes>
      </RouteErrorBoundary>
    </MemoryRouter>
  );
}

describe('RouteErrorBoundary', () => {
  // React logs what a boundary caught (onCaughtError is the app's, not the test's).
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('explains what a page threw, in its frame, and clears it when the person goes elsewhere', () => {
    renderInApp(routes());

    expect(screen.getByRole('region', { name: 'frame' }).textContent).toContain(texts.title);

    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));

    expect(screen.getByText('a page that works')).toBeTruthy();
    expect(screen.queryByText(texts.title)).toBeNull();
  });
});
