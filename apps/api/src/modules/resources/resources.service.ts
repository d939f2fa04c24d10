import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@tandem/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { decodeCursor, type Page, toPage } from '../../common/pagination';
import type { FieldError } from '@tandem/shared-domain';
import type {
  ResourceTextInput,
  ProposeResourceInput,
  ResourcesArgs,
  ReviewResourceArgs,
  SuggestedResourcesArgs,
} from './dto/resource.inputs';
import type { LocalisedText, Resource, ResourceStatus } from './resource.entity';
import type { ResourceView } from './resource.mapper';
import { ResourcesRepository, type SuggestionReasonRow } from './resources.repository';
import { invalid } from '../../common/field-error';

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

function localised(field: string, list: readonly ResourceTextInput[], errors: FieldError[]): LocalisedText {
  const out: LocalisedText = {};
  list.forEach((t, i) => {
    if (out[t.language]) errors.push(invalid(`${field}.${i}.language`, 'duplicate'));
    out[t.language] = t.text.trim();
  });
  return out;
}

/** Whether the viewer reviews resources of this country (Baltic-wide ones: ADMIN only). */
export function canReviewResource(viewer: Viewer, r: Pick<Resource, 'countryCode'>): boolean {
  return r.countryCode ? Access.can(viewer, 'resource.review', { countryCode: r.countryCode }) : Access.isAdmin(viewer);
}

/**
 * The toolbox. Everyone signed in reads published resources; anyone with a role proposes; the
 * country's coordinator (Baltic-wide resources: an ADMIN) approves, asks for changes or rejects.
 */
@Injectable()
export class ResourcesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resources: ResourcesRepository,
    private readonly audit: AuditService,
  ) {}

  private async views(viewer: Viewer, list: Resource[], full: boolean): Promise<ResourceView[]> {
    const ids = list.map((r) => r.id);
    const [languages, tags] = await Promise.all([
      this.resources.languages(this.db.manager, ids),
      this.resources.tags(this.db.manager, ids),
    ]);
    return Promise.all(
      list.map(async (resource) => {
        const tag = tags.find((t) => t.id === resource.id);
        return {
          resource,
          languages: languages.get(resource.id) ?? [],
          competenceIds: tag?.competences ?? [],
          moduleIds: tag?.modules ?? [],
          canReview:
            resource.status !== 'PUBLISHED' && resource.status !== 'REJECTED' && canReviewResource(viewer, resource),
          versions: full ? await this.resources.versions(this.db.manager, resource.id) : [],
          items: full ? await this.resources.children(this.db.manager, resource.id) : [],
        };
      }),
    );
  }

  async list(viewer: Viewer, args: ResourcesArgs): Promise<Page<ResourceView>> {
    const query = {
      filter: args.filter ?? {},
      sort: args.sort,
      viewerId: viewer.personId,
      reviews: Access.countries(viewer, 'resource.review'),
    };
    let offset = 0;
    if (args.after) {
      offset = Number(decodeCursor(args.after, ['offset'])[0]);
    }
    const [totalCount, ids] = await Promise.all([
      this.resources.count(this.db.manager, query),
      this.resources.page(this.db.manager, query, offset, args.first + 1),
    ]);
    const found = await this.resources.find(this.db.manager, ids);
    const ordered = ids.map((id) => found.find((r) => r.id === id)).filter((r): r is Resource => !!r);
    const views = await this.views(viewer, ordered, false);
    return toPage(
      views.map((v, i) => ({ v, at: offset + i + 1 })),
      args.first,
      totalCount,
      (row) => [String(row.at)],
      (row) => row.v,
    );
  }

  /** One resource: published, or (not yet published) for its proposer and its reviewers. */
  async get(viewer: Viewer, id: string): Promise<ResourceView> {
    const [resource] = await this.resources.find(this.db.manager, [id]);
    if (
      !resource ||
      (resource.status !== 'PUBLISHED' &&
        resource.proposedById !== viewer.personId &&
        !canReviewResource(viewer, resource))
    )
      throw Errors.notFound('Resource');
    return (await this.views(viewer, [resource], true))[0];
  }

  async propose(viewer: Viewer, input: ProposeResourceInput, requestId: string): Promise<string> {
    const errors: FieldError[] = [];
    const title = localised('titles', input.titles, errors);
    const summary = localised('summaries', input.summaries ?? [], errors);
    if (!title['en']) errors.push(invalid('titles', 'englishTitle'));
    const versions = input.versions.map((v) => ({ language: v.language, body: clean(v.body), url: clean(v.url) }));
    versions.forEach((v, i) => {
      if (!v.body && !v.url) errors.push(invalid(`versions.${i}`, 'textOrLink'));
      if (versions.findIndex((w) => w.language === v.language) !== i)
        errors.push(invalid(`versions.${i}.language`, 'duplicate'));
    });
    const competenceIds = input.competenceIds ?? [];
    const moduleIds = input.moduleIds ?? [];
    const [unknownCompetences, unknownModules] = await Promise.all([
      this.resources.unknownIds(this.db.manager, 'competence', competenceIds),
      this.resources.unknownIds(this.db.manager, 'module', moduleIds),
    ]);
    for (const id of unknownCompetences)
      errors.push(invalid(`competenceIds.${competenceIds.indexOf(id)}`, 'notCompetence'));
    for (const id of unknownModules) errors.push(invalid(`moduleIds.${moduleIds.indexOf(id)}`, 'notModule'));
    if (errors.length) throw Errors.validation(errors);
    return this.db.transaction(async (manager) => {
      const id = await this.resources.insert(manager, {
        kind: input.kind,
        countryCode: input.countryCode ?? null,
        status: 'PROPOSED',
        title,
        summary,
        audience: [...new Set(input.audience ?? [])],
        licence: clean(input.licence),
        source: clean(input.source),
        author: clean(input.author),
        parentId: null,
        position: null,
        proposedById: viewer.personId,
      });
      await this.resources.addVersions(manager, id, versions, viewer.personId);
      await this.resources.tag(manager, id, competenceIds, moduleIds);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'proposeResource',
        targetType: 'Resource',
        targetId: id,
        summary: `Proposed ${input.kind} "${title['en']}" (${input.countryCode ?? 'Baltic-wide'})`,
        requestId,
      });
      return id;
    });
  }

  async review(viewer: Viewer, args: ReviewResourceArgs, requestId: string): Promise<void> {
    const reason = clean(args.reason);
    if (args.decision !== 'APPROVE' && !reason) throw Errors.validation([invalid('reason', 'required')]);
    await this.db.transaction(async (manager: EntityManager) => {
      const resource = await this.resources.lock(manager, args.id);
      if (!resource) throw Errors.notFound('Resource');
      if (!canReviewResource(viewer, resource))
        throw Errors.forbidden(
          resource.countryCode
            ? `Only a coordinator of ${resource.countryCode} (or an admin) reviews this resource.`
            : 'Only an admin reviews a Baltic-wide resource.',
        );
      if (resource.status === 'PUBLISHED' || resource.status === 'REJECTED')
        throw new DomainError('ALREADY_DECIDED', `This resource was already ${resource.status.toLowerCase()}.`, {
          status: resource.status,
        });
      const status: ResourceStatus =
        args.decision === 'APPROVE' ? 'PUBLISHED' : args.decision === 'REJECT' ? 'REJECTED' : 'CHANGES_REQUESTED';
      await this.resources.decide(manager, resource.id, status, viewer.personId, reason);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'reviewResource',
        targetType: 'Resource',
        targetId: resource.id,
        summary: `${status} "${resource.title['en']}"${reason ? `: ${reason}` : ''}`,
        requestId,
      });
    });
  }

  /** Counts a download or an opening of a published resource (per resource, not per person). */
  async countDownload(id: string): Promise<number> {
    if (!isUuid(id)) throw Errors.notFound('Resource');
    const n = await this.resources.countDownload(this.db.manager, id);
    if (n === null) throw Errors.notFound('Resource');
    return n;
  }

  /**
   * Suggestions: for a tutor, by the competences of their latest submitted self-assessment rated
   * lowest; for the other roles (they have no ratings of their own), the module's or the most used
   * resources with no reason. Another person's ratings are never read: the person is the viewer.
   * The module has been checked (visible to the viewer) by the caller.
   */
  async suggest(
    viewer: Viewer,
    args: SuggestedResourcesArgs,
    language: string,
  ): Promise<{ view: ResourceView; reasons: SuggestionReasonRow[] }[]> {
    const personal = Access.allows(viewer, 'selfAssessment.own');
    const found = await this.resources.suggest(this.db.manager, {
      personId: personal ? viewer.personId : null,
      moduleId: args.moduleId ?? null,
      language,
      limit: args.first,
    });
    const resources = await this.resources.find(
      this.db.manager,
      found.map((f) => f.id),
    );
    const views = await this.views(viewer, resources, false);
    return found.flatMap((f) => {
      const view = views.find((v) => v.resource.id === f.id);
      return view ? [{ view, reasons: f.reasons }] : [];
    });
  }
}
