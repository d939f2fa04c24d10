import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { ModuleVersion } from '../modules/module-version.entity';
import { Module } from '../modules/module.entity';
import { canEditModule, ModulesService } from '../modules/modules.service';
import { Edition } from '../programmes/edition.entity';
import type { CreateAssignmentInput, UpdateAssignmentInput } from './dto/assignment.input';
import { TandemAssignment } from './tandem-assignment.entity';

/** An assignment with what the API shows about its module, read in one query. */
export interface AssignmentView {
  id: string;
  moduleId: string;
  moduleCode: string;
  moduleKind: 'JOINT' | 'NATIONAL';
  moduleCountryCode: string | null;
  moduleTitle: Record<string, string>;
  moduleVersion: number;
  editionId: string;
  title: string;
  instructions: string;
  dueOn: string;
  createdByName: string | null;
  createdAt: Date;
}

const SELECT_VIEWS = `
  SELECT a.id, m.id AS module_id, m.code AS module_code, m.kind AS module_kind, m.country_code::text AS module_country_code,
         mv.title AS module_title, mv.version AS module_version, m.edition_id, a.title, a.instructions, a.due_on::text AS due_on,
         p.given_name || ' ' || p.family_name AS created_by_name, a.created_at
    FROM tandem_assignment a
    JOIN module_version mv ON mv.id = a.module_version_id
    JOIN module m ON m.id = mv.module_id
    LEFT JOIN person p ON p.id = a.created_by_id`;
const ORDER_VIEWS = `ORDER BY a.due_on ASC, m.code ASC, a.title ASC, a.id ASC`;

function toView(r: Record<string, unknown>): AssignmentView {
  return {
    id: r['id'] as string,
    moduleId: r['module_id'] as string,
    moduleCode: r['module_code'] as string,
    moduleKind: r['module_kind'] as 'JOINT' | 'NATIONAL',
    moduleCountryCode: (r['module_country_code'] as string | null) ?? null,
    moduleTitle: r['module_title'] as Record<string, string>,
    moduleVersion: Number(r['module_version']),
    editionId: r['edition_id'] as string,
    title: r['title'] as string,
    instructions: r['instructions'] as string,
    dueOn: r['due_on'] as string,
    createdByName: (r['created_by_name'] as string | null) ?? null,
    createdAt: r['created_at'] as Date,
  };
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Defining assignments. Who may: whoever may edit the module — ADMIN for a joint (Baltic-wide)
 * module, the country's COORDINATOR (or ADMIN) for a national one. Every signed-in person who can
 * see the module sees its assignments: they are part of the programme, not personal data.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModulesService,
    private readonly audit: AuditService,
  ) {}

  async viewsWhere(manager: EntityManager, where: string, params: unknown[]): Promise<AssignmentView[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `${SELECT_VIEWS} WHERE ${where} ${ORDER_VIEWS}`,
      params,
    );
    return rows.map(toView);
  }

  async byIds(manager: EntityManager, ids: string[]): Promise<Map<string, AssignmentView>> {
    if (!ids.length) return new Map();
    const views = await this.viewsWhere(manager, 'a.id = ANY($1::uuid[])', [[...new Set(ids)]]);
    return new Map(views.map((v) => [v.id, v]));
  }

  /** The assignments of every version of a module the viewer can see, due first. */
  async ofModule(viewer: Viewer, moduleId: string): Promise<AssignmentView[]> {
    await this.modules.get(viewer, moduleId); // NOT_FOUND for a module the viewer may not see
    return this.viewsWhere(this.db.manager, 'm.id = $1', [moduleId]);
  }

  /** For a tandem: the joint modules and the national modules of the tutors' countries in its edition. */
  forTandem(manager: EntityManager, editionId: string, countryCodes: string[]): Promise<AssignmentView[]> {
    return this.viewsWhere(manager, `m.edition_id = $1 AND (m.kind = 'JOINT' OR m.country_code = ANY($2::text[]))`, [
      editionId,
      countryCodes,
    ]);
  }

  async get(viewer: Viewer, id: string): Promise<AssignmentView> {
    const view = (await this.byIds(this.db.manager, [id])).get(id);
    if (!view) throw Errors.notFound('Assignment');
    await this.modules.get(viewer, view.moduleId).catch(() => {
      throw Errors.notFound('Assignment');
    });
    return view;
  }

  canEdit(viewer: Viewer, view: Pick<AssignmentView, 'moduleKind' | 'moduleCountryCode'>): boolean {
    return canEditModule(viewer, {
      kind: view.moduleKind,
      countryCode: view.moduleCountryCode,
    });
  }

  /** Checks the texts and the due date against the edition; a past date is refused unless it is the one already set. */
  private async validate(
    manager: EntityManager,
    editionId: string,
    input: { title: string; dueOn: string },
    previousDueOn?: string,
  ) {
    const errors: { field: string; message: string }[] = [];
    if (!input.title.trim()) errors.push({ field: 'title', message: 'is required' });
    const edition = await manager.getRepository(Edition).findOneByOrFail({ id: editionId });
    if (Number.isNaN(Date.parse(`${input.dueOn}T00:00:00Z`))) errors.push({ field: 'dueOn', message: 'is not a date' });
    else if (input.dueOn !== previousDueOn && input.dueOn < todayUtc())
      errors.push({ field: 'dueOn', message: 'must be today or later' });
    else if (input.dueOn > edition.endsOn)
      errors.push({
        field: 'dueOn',
        message: `must be on or before the end of the edition (${edition.endsOn})`,
      });
    if (errors.length) throw Errors.validation(errors);
  }

  /** The module row locked and the viewer allowed to edit it; readers of the module get FORBIDDEN, others NOT_FOUND. */
  private async lockModule(manager: EntityManager, viewer: Viewer, moduleId: string): Promise<Module> {
    const module = await manager.getRepository(Module).findOne({
      where: { id: moduleId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!module) throw Errors.notFound('Module');
    if (!canEditModule(viewer, module)) {
      const published = await manager.getRepository(ModuleVersion).existsBy({ moduleId, status: 'PUBLISHED' });
      throw published ? Errors.forbidden() : Errors.notFound('Module');
    }
    return module;
  }

  async create(viewer: Viewer, input: CreateAssignmentInput, requestId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const module = await this.lockModule(manager, viewer, input.moduleId);
      const versions = manager.getRepository(ModuleVersion);
      const version =
        (await versions.findOneBy({
          moduleId: module.id,
          status: 'PUBLISHED',
        })) ?? (await versions.findOneBy({ moduleId: module.id, status: 'DRAFT' }));
      if (!version) throw Errors.notFound('Module version');
      await this.validate(manager, module.editionId, input);
      const inserted = await manager.insert(TandemAssignment, {
        moduleVersionId: version.id,
        title: input.title.trim(),
        instructions: input.instructions.trim(),
        dueOn: input.dueOn,
        createdById: viewer.personId,
      });
      const id = inserted.identifiers[0]['id'] as string;
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'createAssignment',
        targetType: 'TandemAssignment',
        targetId: id,
        summary: `Defined the assignment "${input.title.trim()}" for ${module.code} version ${version.version}, due ${input.dueOn}`,
        requestId,
      });
      return id;
    });
  }

  async update(viewer: Viewer, input: UpdateAssignmentInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = (await this.byIds(manager, [input.assignmentId])).get(input.assignmentId);
      if (!current) throw Errors.notFound('Assignment');
      const module = await this.lockModule(manager, viewer, current.moduleId);
      await this.validate(manager, module.editionId, input, current.dueOn);
      await manager.update(
        TandemAssignment,
        { id: current.id },
        {
          title: input.title.trim(),
          instructions: input.instructions.trim(),
          dueOn: input.dueOn,
        },
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateAssignment',
        targetType: 'TandemAssignment',
        targetId: current.id,
        summary: `Changed the assignment "${input.title.trim()}" of ${module.code}, due ${input.dueOn}`,
        requestId,
      });
    });
  }
}
