-- CreateTable
CREATE TABLE "SearchDemand" (
    "day" DATE NOT NULL,
    "term" VARCHAR(100) NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    "zeroResults" INTEGER NOT NULL DEFAULT 0,
    "clicked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchDemand_pkey" PRIMARY KEY ("day","term")
);
