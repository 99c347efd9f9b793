#include <cashews/command.h>

#include <array>

namespace cashews {

namespace {
struct CommandInfo
{
    const char *name;
    bool writes;
};

constexpr std::array<CommandInfo, CommandCount> infos = {{
    {"get", false},
    {"get_many", false},
    {"get_raw", false},
    {"get_match", false},
    {"set", true},
    {"set_raw", true},
    {"set_many", true},
    {"delete", true},
    {"delete_many", true},
    {"delete_match", true},
    {"exists", false},
    {"scan", false},
    {"incr", true},
    {"expire", true},
    {"get_expire", false},
    {"clear", true},
    {"set_lock", true},
    {"unlock", true},
    {"is_locked", false},
    {"get_bits", false},
    {"incr_bits", true},
    {"slice_incr", true},
    {"set_add", true},
    {"set_remove", true},
    {"set_pop", true},
    {"set_members", false},
    {"ping", false},
    {"get_size", false},
    {"get_keys_count", false},
    {"key_type", false},
    {"rename", true},
    {"get_raw_prefix", false},
    {"slice_entries", false},
    {"member_page", false},
}};
} // namespace

QString commandName(Command command)
{
    return QString::fromLatin1(infos[static_cast<size_t>(command)].name);
}

bool isWriteCommand(Command command)
{
    return infos[static_cast<size_t>(command)].writes;
}

CommandSet::CommandSet(std::initializer_list<Command> commands)
{
    for (Command c : commands)
        m_bits |= quint64(1) << static_cast<int>(c);
}

CommandSet CommandSet::all()
{
    CommandSet set;
    set.m_bits = (quint64(1) << CommandCount) - 1;
    return set;
}

} // namespace cashews
