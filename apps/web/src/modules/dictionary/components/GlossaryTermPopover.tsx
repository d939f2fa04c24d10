import { Anchor, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { glossaryTermPath } from '../labels';
import { MissingLanguage } from './MissingLanguage';

/**
 * A dictionary term inside a text: a button that reads as the text (dotted underline) and shows
 * the term in the five languages on hover and on focus. The card sits right after the button in
 * the document (no portal), so Tab goes on into its link and then on through the page: nothing traps
 * the focus. Escape closes it and leaves the focus on the term.
 */
export function GlossaryTermPopover({ phrase, terms }: { phrase: string; terms: GlossaryTermFieldsFragment[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const cardId = useId();
  const hovered = useRef(false);
  // Escape gives the focus back to the term: that focus must not open the card again.
  const escaped = useRef(false);
  const focused = () => !!wrapper.current?.contains(document.activeElement);

  const onBlur = (e: FocusEvent) => {
    if (!wrapper.current?.contains(e.relatedTarget as Node | null) && !hovered.current) setOpened(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !opened) return;
    e.stopPropagation();
    setOpened(false);
    escaped.current = true;
    button.current?.focus();
    escaped.current = false;
  };

  return (
    <span
      ref={wrapper}
      onMouseEnter={() => {
        hovered.current = true;
        setOpened(true);
      }}
      onMouseLeave={() => {
        hovered.current = false;
        if (!focused()) setOpened(false);
      }}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        withinPortal={false}
        trapFocus={false}
        position="bottom-start"
        shadow="md"
        width={320}
        closeOnEscape={false}
      >
        <Popover.Target>
          <UnstyledButton
            ref={button}
            component="button"
            type="button"
            onFocus={() => {
              if (!escaped.current) setOpened(true);
            }}
            onClick={() => setOpened(true)}
            aria-expanded={opened}
            aria-controls={cardId}
            aria-label={t('toolbox.dictionary.inText.termLabel', { phrase })}
            data-testid="glossary-term"
            style={{
              font: 'inherit',
              color: 'inherit',
              textDecoration: 'underline dotted',
              textUnderlineOffset: '0.2em',
              cursor: 'help',
              display: 'inline',
              whiteSpace: 'inherit',
            }}
          >
            {phrase}
          </UnstyledButton>
        </Popover.Target>
        <Popover.Dropdown
          id={cardId}
          aria-label={t('toolbox.dictionary.inText.cardLabel', { phrase })}
          data-testid="glossary-card"
        >
          <Stack gap="sm">
            {terms.map((term) => (
              <Stack key={term.id} gap={4}>
                <Stack component="dl" gap={4} m={0}>
                  {LOCALES.map((l) => {
                    const entry = term.entries.find((e) => e.language === l);
                    return (
                      <div key={l} style={{ display: 'flex', gap: '0.5rem' }}>
                        <Text component="dt" size="sm" c="dimmed" w={90} style={{ flexShrink: 0 }}>
                          {LOCALE_NATIVE_NAMES[l]}
                        </Text>
                        <Text component="dd" size="sm" m={0} fw={500} lang={l}>
                          {entry ? entry.term : <MissingLanguage />}
                        </Text>
                      </div>
                    );
                  })}
                </Stack>
                <Anchor component={Link} to={glossaryTermPath(term.id)} size="sm">
                  {t('toolbox.dictionary.inText.open')}
                </Anchor>
              </Stack>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </span>
  );
}
