# The web app image used by docker-compose.yml.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY natoarchive natoarchive
COPY statements statements
RUN pip install --no-cache-dir ".[elasticsearch]"
COPY . .
EXPOSE 8000
