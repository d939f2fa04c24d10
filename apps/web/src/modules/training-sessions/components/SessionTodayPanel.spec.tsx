import { screen } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import { renderInApp } from '../../../testing/render';
import { SessionTodayPanel } from './SessionTodayPanel';

const texts = englishCatalogue.sessions.today;

describe('SessionTodayPanel', () => {
  it('puts "Join online" first for an online session, as a link that opens the meeting in a new tab', () => {
    renderInApp(<SessionTodayPanel onlineUrl="https://meet.example/jm2" venue={null} />);
    const join = screen.getByRole('link', { name: texts.joinOnline });
    expect(join.getAttribute('href')).toBe('https://meet.example/jm2');
    expect(join.getAttribute('target')).toBe('_blank');
    expect(screen.getByText(texts.checkInHint)).toBeTruthy();
  });

  it('names the venue and how to check in for a session in a room', () => {
    renderInApp(<SessionTodayPanel onlineUrl={null} venue="Tallinna Polütehnikum, B-201" />);
    expect(screen.queryByRole('link', { name: texts.joinOnline })).toBeNull();
    expect(screen.getByText('Where: Tallinna Polütehnikum, B-201')).toBeTruthy();
  });
});
