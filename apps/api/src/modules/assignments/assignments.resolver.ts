import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import { AssignmentsArgs, CreateAssignmentInput, UpdateAssignmentInput } from './dto/assignment.input';
import { toTandemAssignmentModel } from './assignment.mapper';
import { TandemAssignmentModel } from './assignment.model';
import { AssignmentsService } from './assignments.service';

@Resolver(() => TandemAssignmentModel)
export class AssignmentsResolver {
  constructor(
    private readonly service: AssignmentsService,
    private readonly modules: ModulesService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<TandemAssignmentModel> {
    const view = await this.service.get(viewer, id);
    return toTandemAssignmentModel(view, await this.modules.languageOf(viewer), this.service.canEdit(viewer, view));
  }

  @SignedIn()
  @Query(() => [TandemAssignmentModel], {
    description: 'The assignments of a module (every version), due first.',
  })
  async assignments(@CurrentViewer() viewer: Viewer, @Args() args: AssignmentsArgs): Promise<TandemAssignmentModel[]> {
    const [views, language] = await Promise.all([
      this.service.ofModule(viewer, args.moduleId),
      this.modules.languageOf(viewer),
    ]);
    return views.map((v) => toTandemAssignmentModel(v, language, this.service.canEdit(viewer, v)));
  }

  @RequirePermission('assignment.manage')
  @Mutation(() => TandemAssignmentModel, {
    description:
      'Defines an assignment for the module version in force (ADMIN: joint modules; the country’s COORDINATOR: national ones).',
  })
  async createAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAssignmentInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemAssignmentModel> {
    return this.model(viewer, await this.service.create(viewer, input, ctx.req.id));
  }

  @RequirePermission('assignment.manage')
  @Mutation(() => TandemAssignmentModel, {
    description: 'Changes the title, instructions or due date of an assignment.',
  })
  async updateAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAssignmentInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemAssignmentModel> {
    await this.service.update(viewer, input, ctx.req.id);
    return this.model(viewer, input.assignmentId);
  }
}
