#include "test.h"
TEST_BEGIN hello
    li a0, 5
    CHECK a0, 5
    CHECK a0, 6
    EXPECT_TRAP 1f
    .word 0
1:  CHECK_TRAP 2, 0
TEST_END
