import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { toImportJobModel } from './import-job.mapper';
import { ImportJobModel } from './import-job.model';
import { TutorImportService } from './tutor-import.service';

@ArgsType()
class ImportJobArgs {
  @Field()
  @IsUUID()
  id!: string;
}

@Resolver()
export class ImportsResolver {
  constructor(private readonly imports: TutorImportService) {}

  @RequirePermission('tutorImport.run')
  @Query(() => ImportJobModel, {
    description: 'Status and progress of a tutor import (POST /api/imports/tutors starts one).',
  })
  async importJob(@CurrentViewer() viewer: Viewer, @Args() { id }: ImportJobArgs): Promise<ImportJobModel> {
    return toImportJobModel(await this.imports.get(viewer, id));
  }
}
