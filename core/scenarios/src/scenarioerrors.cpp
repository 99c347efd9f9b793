#include <cashews/scenarios/scenarioerrors.h>

namespace cashews::scenarios {

namespace {

QString locate(const QString &message, const QString &file, int line, int column)
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace

ScenarioError::ScenarioError(const QString &message, QString file, int line, int column)
    : ValueError(locate(message, file, line, column)), m_file(std::move(file)), m_line(line), m_column(column)
{
}

QString ScenarioError::located() const
{
    return message();
}

} // namespace cashews::scenarios
