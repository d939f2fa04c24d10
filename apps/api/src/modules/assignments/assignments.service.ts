import type { FieldError } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { ModuleEditingService } from '../modules/module-editing.service';
import { canEditModule, ModulesService } from '../modules/modules.service';
import { EditionsService } from '../programmes/editions.service';
import { AssignmentsRepository, type AssignmentView } from './assignments.repository';
import type { CreateAssignmentInput, UpdateAssignmentInput } from './dto/assignment.input';
import { invalid } from '../../common/field-error';

export type { AssignmentView } from './assignments.repository';

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
    private readonly assignments: AssignmentsRepository,
    private readonly modules: ModulesService,
    private readonly moduleEditing: ModuleEditingService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  byIds(manager: EntityManager, ids: string[]): Promise<Map<string, AssignmentView>> {
    return this.assignments.byIds(manager, ids);
  }

  /** The assignments of every version of a module the viewer can see, due first. */
  async ofModule(viewer: Viewer, moduleId: string): Promise<AssignmentView[]> {
    await this.modules.get(viewer, moduleId); // NOT_FOUND for a module the viewer may not see
    return this.assignments.ofModule(this.db.manager, moduleId);
  }

  /** For a tandem: the joint modules and the national modules of the tutors' countries in its edition. */
  forCountries(manager: EntityManager, editionId: string, countryCodes: string[]): Promise<AssignmentView[]> {
    return this.assignments.forCountries(manager, editionId, countryCodes);
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
    const errors: FieldError[] = [];
    if (!input.title.trim()) errors.push(invalid('title', 'required'));
    const edition = await this.editions.get(editionId, manager);
    if (Number.isNaN(Date.parse(`${input.dueOn}T00:00:00Z`))) errors.push(invalid('dueOn', 'date'));
    else if (input.dueOn !== previousDueOn && input.dueOn < todayUtc()) errors.push(invalid('dueOn', 'todayOrLater'));
    else if (input.dueOn > edition.endsOn) errors.push(invalid('dueOn', 'byEditionEnd', { endsOn: edition.endsOn }));
    if (errors.length) throw Errors.validation(errors);
  }

  async create(viewer: Viewer, input: CreateAssignmentInput, requestId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const module = await this.moduleEditing.lockForEdit(manager, viewer, input.moduleId);
      const version = await this.modules.workingVersion(manager, module.id);
      if (!version) throw Errors.notFound('Module version');
      await this.validate(manager, module.editionId, input);
      const id = await this.assignments.insert(manager, {
        moduleVersionId: version.id,
        title: input.title.trim(),
        instructions: input.instructions.trim(),
        dueOn: input.dueOn,
        createdById: viewer.personId,
      });
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
      const module = await this.moduleEditing.lockForEdit(manager, viewer, current.moduleId);
      await this.validate(manager, module.editionId, input, current.dueOn);
      await this.assignments.update(manager, current.id, {
        title: input.title.trim(),
        instructions: input.instructions.trim(),
        dueOn: input.dueOn,
      });
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
