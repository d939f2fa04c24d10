import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ResourceQuery } from '@tandem/web-graphql';
import { safeHttpUrl } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { GlossaryText } from '../../dictionary/components/GlossaryText';
import { useGlossaryMatches } from '../../dictionary/hooks/useDictionary';
import { bodySections } from '../body-sections';
import { useRecordDownload } from '../hooks/useResourceActions';

type Version = NonNullable<ResourceQuery['resource']['content']>;

/** Saves a text version as a file, so a reader can keep it offline like any other resource. */
function saveText(filename: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

const fileName = (title: string, v: Version) =>
  `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'resource'}-${v.language}-v${v.version}.txt`;

/** The link or the "save" button of one version; both count a download. */
export function VersionDownload({
  resourceId,
  title,
  version,
}: {
  resourceId: string;
  title: string;
  version: Version;
}) {
  const { t } = useTranslation();
  const record = useRecordDownload();
  const count = () => void record.run({ id: resourceId });
  const link = safeHttpUrl(version.url);
  const label = t('toolbox.resources.download', { language: version.language.toUpperCase(), version: version.version });
  if (link) {
    return (
      <Anchor href={link} target="_blank" rel="noopener noreferrer" onClick={count}>
        {label}
      </Anchor>
    );
  }
  if (!version.body) return null;
  return (
    <Button
      variant="light"
      size="xs"
      onClick={() => {
        saveText(fileName(title, version), version.body ?? '');
        count();
      }}
    >
      {label}
    </Button>
  );
}

/** The text of the shown version, its blocks with their headings ("What it is", "How to start"…). */
export function ResourceContent({
  resourceId,
  title,
  content,
}: {
  resourceId: string;
  title: string;
  content: Version;
}) {
  const { t } = useTranslation();
  const sections = bodySections(content.body);
  const terms = useGlossaryMatches(
    sections.flatMap((s) => s.paragraphs),
    content.language,
  );
  return (
    <Stack gap="md">
      <Stack gap="md" lang={content.language}>
        {sections.map((section, i) => (
          <Stack key={i} gap={4}>
            {section.heading && (
              <Title order={3} size="h5">
                {section.heading}
              </Title>
            )}
            {section.paragraphs.map((p, j) => (
              <Text key={j} component="div">
                <GlossaryText text={p} terms={terms} />
              </Text>
            ))}
          </Stack>
        ))}
      </Stack>
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {t('toolbox.resources.versionOf', { version: content.version })}
        </Text>
        <VersionDownload resourceId={resourceId} title={title} version={content} />
      </Group>
    </Stack>
  );
}
