FROM python:3.11-slim
WORKDIR /srv/vicidial-emu
COPY requirements.lock pyproject.toml README.md ./
COPY app ./app
COPY migrations ./migrations
RUN pip install --no-cache-dir -r requirements.lock && pip install --no-cache-dir --no-deps .
ENV VICIEMU_HOST=0.0.0.0 VICIEMU_PORT=8000
EXPOSE 8000
CMD ["sh", "-c", "vicidial-emu db upgrade && vicidial-emu serve"]
