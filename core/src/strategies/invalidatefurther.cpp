#include <cashews/invalidatefurther.h>

namespace cashews {

namespace {

// A depth rather than a flag: scopes may nest.
thread_local int t_depth = 0;

} // namespace

InvalidateFurther::InvalidateFurther()
{
    ++t_depth;
}

InvalidateFurther::~InvalidateFurther()
{
    --t_depth;
}

bool InvalidateFurther::isActive()
{
    return t_depth > 0;
}

} // namespace cashews
