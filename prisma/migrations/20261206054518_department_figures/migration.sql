-- CreateTable
CREATE TABLE "DepartmentFigures" (
    "year" INTEGER NOT NULL,
    "stTasksNational" INTEGER NOT NULL,
    "stTasksMinisterial" INTEGER NOT NULL,
    "stTasksProvincial" INTEGER NOT NULL,
    "stTasksGrassroots" INTEGER NOT NULL,
    "stTasksSource" TEXT NOT NULL,
    "appraisals" INTEGER NOT NULL,
    "appraisalsSource" TEXT NOT NULL,
    "ipRegistrationsSupported" INTEGER NOT NULL,
    "ipSupportSource" TEXT NOT NULL,
    "events" INTEGER NOT NULL,
    "eventParticipants" INTEGER NOT NULL,
    "eventsSource" TEXT NOT NULL,
    "programmes" INTEGER NOT NULL,
    "programmesSource" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DepartmentFigures_pkey" PRIMARY KEY ("year")
);
